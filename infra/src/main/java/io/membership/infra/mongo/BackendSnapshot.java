package io.membership.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;

import java.util.ArrayList;
import java.util.List;

/** Writes what a backend holds into a journal: per collection its indexes, then one PUT per document. */
final class BackendSnapshot {

    private BackendSnapshot() {
    }

    static void write(MongoBackend source, Journal target) {
        EmbeddedChannel channel = new EmbeddedChannel();
        for (String database : names(source.handleCommand(channel, "admin", "listDatabases",
                new Document("listDatabases", 1)), "databases")) {
            if (database.equals("admin") || database.equals("local") || database.equals("config")) {
                continue;
            }
            for (String collectionName : names(source.handleCommand(channel, database, "listCollections",
                    new Document("listCollections", 1)), "cursor")) {
                if (collectionName.startsWith("system.")) {
                    continue;
                }
                writeCollection(source, channel, database, collectionName, target);
                target.write();
            }
        }
    }

    private static void writeCollection(MongoBackend source, EmbeddedChannel channel, String database,
                                        String collectionName, Journal target) {
        List<Document> indexes = new ArrayList<>();
        for (Document index : batch(source.handleCommand(channel, database, "listIndexes",
                new Document("listIndexes", collectionName)))) {
            if (!"_id_".equals(index.get("name"))) {
                Document spec = new Document("key", index.get("key")).append("name", index.get("name"));
                for (String option : List.of("unique", "sparse", "expireAfterSeconds")) {
                    if (index.containsKey(option)) {
                        spec.put(option, index.get(option));
                    }
                }
                indexes.add(spec);
            }
        }
        target.add(Journal.Kind.COMMAND, database, new Document("create", collectionName));
        if (!indexes.isEmpty()) {
            target.add(Journal.Kind.COMMAND, database,
                    new Document("createIndexes", collectionName).append("indexes", indexes));
        }
        MongoCollection<?> collection = source.resolveDatabase(database).resolveCollection(collectionName, false);
        if (collection != null) {
            String namespace = database + "." + collectionName;
            for (Document document : collection.queryAll()) {
                target.add(Journal.Kind.PUT, namespace, document);
            }
        }
    }

    private static List<String> names(Document response, String field) {
        List<String> names = new ArrayList<>();
        List<Document> entries = field.equals("cursor") ? batch(response) : documents(response.get(field));
        for (Document entry : entries) {
            names.add((String) entry.get("name"));
        }
        return names;
    }

    private static List<Document> batch(Document response) {
        return documents(((Document) response.get("cursor")).get("firstBatch"));
    }

    @SuppressWarnings("unchecked")
    private static List<Document> documents(Object list) {
        return list == null ? List.of() : new ArrayList<>((List<Document>) list);
    }
}
