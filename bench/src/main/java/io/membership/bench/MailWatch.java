package io.membership.bench;

import io.membership.infra.EmbeddedMail;
import io.membership.infra.ImapInbox;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which of the given addresses have received mail. */
interface MailWatch {

    Set<String> delivered(Collection<String> addresses);

    /** GreenMail creates a mailbox the moment the first mail for an address is delivered: one cheap list. */
    static MailWatch embedded(EmbeddedMail mail) {
        return addresses -> {
            Set<String> boxes = new HashSet<>(mail.mailboxes());
            Set<String> delivered = new HashSet<>();
            for (String address : addresses) {
                if (boxes.contains(address)) {
                    delivered.add(address);
                }
            }
            return delivered;
        };
    }

    /** Any IMAP server where user = password = the address (GreenMail's convention): one login per address. */
    static MailWatch imap(String host, int port) {
        ImapInbox inbox = new ImapInbox(host, port);
        return addresses -> {
            Set<String> delivered = new HashSet<>();
            for (String address : addresses) {
                try {
                    if (!inbox.messagesFor(address).isEmpty()) {
                        delivered.add(address);
                    }
                } catch (RuntimeException notYet) {
                    // no mailbox yet
                }
            }
            return delivered;
        };
    }
}
