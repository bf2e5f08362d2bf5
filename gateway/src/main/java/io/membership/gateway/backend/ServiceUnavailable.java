package io.membership.gateway.backend;

import java.net.URI;

/** A service did not answer; the page says so and asks to try again, the log names which one. */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(URI service) {
        super("no answer from " + service);
    }
}
