package io.membership.queryservice.accounts.projection;

import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.contract.membership.AccountRegistered;
import io.membership.contract.membership.CurrentWorkspaceSwitched;
import io.membership.queryservice.messaging.Projection;
import io.membership.queryservice.store.VersionedDocuments;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Predicate;

@Component
public class AccountProjection implements Projection {

    private final VersionedDocuments documents;

    public AccountProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void project(EventEnvelope<Event> e) {
        if (e.data() instanceof AccountRegistered r) {
            account(r.accountId(), a -> a.registered(r.email()));
        } else if (e.data() instanceof CurrentWorkspaceSwitched s) {
            account(s.accountId(), a -> a.switchedTo(s.workspaceId().toString(), e.sequence()));
        }
    }

    private void account(UUID accountId, Predicate<AccountDocument> change) {
        String id = accountId.toString();
        documents.modify(AccountDocument.class, id, () -> AccountDocument.create(id), change);
    }
}
