package io.membership.queryservice.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.membership.contract.Event;
import io.membership.contract.EventEnvelope;
import io.membership.queryservice.accounts.projection.AccountProjection;
import io.membership.queryservice.audit.projection.AuditEntryDocument;
import io.membership.queryservice.audit.projection.AuditProjection;
import io.membership.queryservice.members.projection.MemberDocument;
import io.membership.queryservice.members.projection.MemberProjection;
import io.membership.queryservice.messaging.ProjectionDispatcher;
import io.membership.queryservice.store.MongoIndexes;
import io.membership.queryservice.store.VersionedDocuments;
import io.membership.queryservice.workspaces.projection.WorkspaceProjection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

/**
 * The read models without Spring and without Kafka: the projections over an in-memory MongoDB wire-protocol server
 * started once per test JVM, each instance in a database of its own.
 */
public final class ReadModels {

    private static MongoClient client;

    public final MongoTemplate mongo;
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final ProjectionDispatcher dispatcher;

    private ReadModels(MongoTemplate mongo) {
        this.mongo = mongo;
        new MongoIndexes(mongo).afterPropertiesSet();
        VersionedDocuments documents = new VersionedDocuments(mongo);
        this.dispatcher = new ProjectionDispatcher(List.of(new WorkspaceProjection(documents),
                new AccountProjection(documents), new MemberProjection(documents), new AuditProjection(mongo)),
                mongo, meters);
    }

    public static ReadModels fresh() {
        return new ReadModels(new MongoTemplate(client(), "query-" + UUID.randomUUID()));
    }

    @SafeVarargs
    public final ReadModels project(EventEnvelope<Event>... events) {
        for (EventEnvelope<Event> event : events) {
            dispatcher.project(event);
        }
        return this;
    }

    public MemberDocument member(UUID workspaceId, UUID memberId) {
        return mongo.findById(MemberDocument.idOf(workspaceId.toString(), memberId.toString()), MemberDocument.class);
    }

    public long auditEntries() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), AuditEntryDocument.class);
    }

    private static synchronized MongoClient client() {
        if (client == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                server.shutdownNow();
            }));
        }
        return client;
    }
}
