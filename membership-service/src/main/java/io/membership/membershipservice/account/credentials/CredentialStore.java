package io.membership.membershipservice.account.credentials;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/** Credentials in their own collection ({@code credentials}), outside the event store; one account per email. */
public class CredentialStore {

    private final MongoCollection<Document> credentials;

    public CredentialStore(MongoDatabase database) {
        this.credentials = database.getCollection("credentials");
        credentials.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("uniqueEmail"));
    }

    /** Stores the credential; false when the email already belongs to an account. */
    public boolean add(Credential credential) {
        try {
            credentials.insertOne(new Document("_id", credential.accountId().toString())
                    .append("email", credential.email())
                    .append("passwordHash", credential.passwordHash())
                    .append("createdAt", new Date()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Credential> findByEmail(String email) {
        return Optional.ofNullable(credentials.find(Filters.eq("email", email)).first())
                .map(d -> new Credential(UUID.fromString(d.getString("_id")), d.getString("email"),
                        d.getString("passwordHash")));
    }

    public void remove(UUID accountId) {
        credentials.deleteOne(Filters.eq("_id", accountId.toString()));
    }
}
