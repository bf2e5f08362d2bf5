package io.membership.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.membership.contract.Topics;
import io.membership.infra.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Collects where given secrets appear: service logs, every Mongo document, every record on our topics. */
final class SecretScanner {

    private final Infrastructure infrastructure;
    private final Path logDir;

    SecretScanner(Infrastructure infrastructure, Path logDir) {
        this.infrastructure = infrastructure;
        this.logDir = logDir;
    }

    List<String> findings(List<String> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> logs = Files.list(logDir)) {
            for (Path log : logs.toList()) {
                scan("log " + log.getFileName(), Files.readString(log), secrets, found);
            }
        }
        try (MongoClient mongo = MongoClients.create(infrastructure.mongoUri())) {
            for (String name : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        scan("mongo " + name + "." + collection, document.toJson(), secrets, found);
                    }
                }
            }
        }
        for (ConsumerRecord<String, String> record : allRecords()) {
            scan("kafka " + record.topic(), record.value(), secrets, found);
        }
        return found;
    }

    private List<ConsumerRecord<String, String>> allRecords() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "secret-scan-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Topics.ALL);
            int emptyPolls = 0;
            while (emptyPolls < 5) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(records::add);
                emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
            }
        }
        return records;
    }

    private static void scan(String where, String text, List<String> secrets, List<String> found) {
        for (String secret : secrets) {
            if (text != null && text.contains(secret)) {
                found.add(where + " contains a secret starting " + secret.substring(0, 4));
            }
        }
    }
}
