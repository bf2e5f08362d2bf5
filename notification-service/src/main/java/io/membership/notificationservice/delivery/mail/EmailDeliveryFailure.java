package io.membership.notificationservice.delivery.mail;

/**
 * The email did not go out. {@code permanent}: trying again will not help (the address is invalid, the server
 * refused it for good); otherwise the failure was transient but the retries ran out. The message is safe to publish:
 * it names the cause, never the content.
 */
public class EmailDeliveryFailure extends RuntimeException {

    private final boolean permanent;

    public EmailDeliveryFailure(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public String reason() {
        return getMessage();
    }

    public boolean permanent() {
        return permanent;
    }
}
