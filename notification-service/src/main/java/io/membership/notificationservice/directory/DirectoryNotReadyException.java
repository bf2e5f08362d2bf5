package io.membership.notificationservice.directory;

/**
 * An email needs a fact (a workspace name, an inviter's address) whose event has not been read yet: it comes on
 * another topic, which may lag. Thrown so the Kafka error handler retries the event a little later.
 */
public class DirectoryNotReadyException extends RuntimeException {

    public DirectoryNotReadyException(String missing) {
        super("not known yet: " + missing);
    }
}
