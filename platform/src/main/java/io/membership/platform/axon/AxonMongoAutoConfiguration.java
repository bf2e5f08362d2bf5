package io.membership.platform.axon;

import com.mongodb.client.MongoClient;
import io.membership.platform.events.CloudEventCodec;
import io.membership.platform.events.EventJson;
import io.membership.platform.relay.EventRelay;
import io.membership.platform.relay.PublicationLedger;
import io.membership.platform.relay.RelaySettings;
import io.membership.platform.relay.RelayWakeup;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.Map;

/**
 * The event-sourcing wiring, declared by hand because the extension starters' auto-configuration order leaves a
 * SimpleEventBus without the Mongo store: Mongo event store and token store, Jackson everywhere, no transactions
 * (mongo-java-server has none; the relay's marks make them unnecessary), and the relay from the store to the
 * service's own topic ({@code membership.relay.topic}).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass({EventStorageEngine.class, MongoEventStorageEngine.class})
@ConditionalOnProperty("membership.relay.topic")
@EnableConfigurationProperties(RelaySettings.class)
public class AxonMongoAutoConfiguration {

    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties mongo) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, mongo.getMongoClientDatabase()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(EventJson.newObjectMapper()).build();
    }

    @Bean
    public TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Bean
    public PublicationLedger publicationLedger(MongoClient client, MongoProperties mongo) {
        return new PublicationLedger(client.getDatabase(mongo.getMongoClientDatabase()), Clock.systemUTC());
    }

    @Bean
    public RelayWakeup relayWakeup() {
        return new RelayWakeup();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PublicationLedger publicationLedger, RelayWakeup relayWakeup) {
        MongoEventStorageEngine mongo = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .build();
        // Axon calls this only on an engine it owns; the unique (aggregate, sequence) index is what turns two
        // concurrent appends to one aggregate into a ConcurrencyException instead of a forked stream.
        mongo.ensureIndexes();
        return new RelayingEventStorageEngine(mongo, publicationLedger, relayWakeup::signal);
    }

    @Bean(destroyMethod = "close")
    public EventRelay eventRelay(EventStorageEngine eventStorageEngine, MongoTemplate axonMongoTemplate,
                                 PublicationLedger publicationLedger, RelayWakeup relayWakeup, KafkaProperties kafka,
                                 RelaySettings settings, MeterRegistry meters,
                                 @Value("${membership.relay.topic}") String topic,
                                 @Value("${spring.application.name}") String serviceName) {
        Map<String, Object> props = kafka.buildProducerProperties(null);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-relay");
        KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        EventRelay relay = new EventRelay(
                new AxonEventSource(eventStorageEngine, axonMongoTemplate.eventCollection(),
                        new EnvelopeFactory(serviceName)),
                publicationLedger, producer, new CloudEventCodec(), topic, settings, relayWakeup, Clock.systemUTC(),
                meters);
        relay.start();
        return relay;
    }

    @Bean
    public EventStore eventStore(EventStorageEngine eventStorageEngine) {
        return EmbeddedEventStore.builder().storageEngine(eventStorageEngine).build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, @Qualifier("eventSerializer") Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    public CorrelationDataProvider actorAndCorrelationProvider() {
        return new SimpleCorrelationDataProvider(EnvelopeFactory.ACTOR, EnvelopeFactory.CORRELATION_ID);
    }

    @Bean(ContractCommandTargetResolver.BEAN_NAME)
    public ContractCommandTargetResolver contractCommandTargetResolver() {
        return new ContractCommandTargetResolver();
    }

    @Bean
    @ConditionalOnWebApplication
    public ConsistencyTokenAdvice consistencyTokenAdvice(EventStorageEngine eventStorageEngine) {
        return new ConsistencyTokenAdvice(eventStorageEngine);
    }

    @Bean
    @ConditionalOnWebApplication
    public ConcurrentChangeAdvice concurrentChangeAdvice() {
        return new ConcurrentChangeAdvice();
    }

    @Bean
    public CommandDispatcher commandDispatcher(CommandGateway commandGateway, ObjectProvider<Cache> aggregateCaches) {
        return new CommandDispatcher(commandGateway, aggregateCaches.stream().findAny().isPresent());
    }
}
