package io.membership.notificationservice.delivery;

import io.membership.platform.errors.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Sending is paused. From a Kafka listener it makes the error handler hold the event and retry it, so nothing is
 * lost; from a request it is a 503.
 */
public class SendingPausedException extends ApiException {

    public SendingPausedException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "sending-paused", "sending emails is paused");
    }
}
