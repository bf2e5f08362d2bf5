package io.membership.infra;

import java.util.List;

/** Read access to the mail that the system under test has sent. */
public interface Inbox {

    /** Messages delivered to {@code email}, oldest first; empty when nothing arrived for that address. */
    List<ReceivedMail> messagesFor(String email);

    /** Every message received, oldest first; a message sent to several recipients appears once. */
    List<ReceivedMail> all();
}
