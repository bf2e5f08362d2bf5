package io.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class SharedInfrastructureIntegrationTest {

    @Test
    void returnsOneWorkingInstancePerJvm() throws Exception {
        Infrastructure infrastructure = SharedInfrastructure.get();
        assertThat(SharedInfrastructure.get()).isSameAs(infrastructure);
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            assertThat(infrastructure.describe()).startsWith("Embedded");
        }

        infrastructure.close();

        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            String topic = "shared-" + UUID.randomUUID();
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            assertThat(admin.listTopics().names().get()).contains(topic);
        }

        try (MongoClient client = MongoClients.create(infrastructure.mongoUri())) {
            Document pong = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(pong.get("ok", Number.class).intValue()).isEqualTo(1);
        }

        String recipient = "shared-" + UUID.randomUUID() + "@example.com";
        Properties properties = new Properties();
        properties.put("mail.smtp.host", infrastructure.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(infrastructure.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@membership.io"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Shared");
        message.setText("shared body");
        Transport.send(message);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(infrastructure.inbox().messagesFor(recipient))
                        .extracting(ReceivedMail::subject).containsExactly("Shared"));
    }
}
