package io.membership.queryservice.accounts.projection;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Objects;

/** What the read side knows of an account: its email (for the audit log) and the workspace it switched to. */
@Document("accounts")
public class AccountDocument {

    @Id
    private String id;
    private String email;
    private String currentWorkspaceId;
    private long switchSequence = -1;
    @Version
    private Long version;

    static AccountDocument create(String accountId) {
        AccountDocument account = new AccountDocument();
        account.id = accountId;
        return account;
    }

    boolean registered(String newEmail) {
        if (Objects.equals(email, newEmail)) {
            return false;
        }
        email = newEmail;
        return true;
    }

    boolean switchedTo(String workspaceId, long sequence) {
        if (sequence >= 0 && sequence <= switchSequence) {
            return false;
        }
        currentWorkspaceId = workspaceId;
        switchSequence = Math.max(switchSequence, sequence);
        return true;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String currentWorkspaceId() {
        return currentWorkspaceId;
    }
}
