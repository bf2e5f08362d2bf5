package io.membership.notificationservice.delivery;

/**
 * Another sender holds the delivery's lease. Thrown so the Kafka error handler retries the event later: by then the
 * other sender has finished, or its lease has lapsed and this one takes over.
 */
public class DeliveryInProgressException extends RuntimeException {

    public DeliveryInProgressException(String notificationId) {
        super("delivery " + notificationId + " is being sent by another consumer");
    }
}
