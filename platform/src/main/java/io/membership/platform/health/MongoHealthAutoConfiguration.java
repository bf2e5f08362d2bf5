package io.membership.platform.health;

import com.mongodb.client.MongoClient;
import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;

/** Takes the bean name Spring Boot's Mongo indicator backs off for, so only the ping-based one runs. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        after = org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
@ConditionalOnEnabledHealthIndicator("mongo")
public class MongoHealthAutoConfiguration {

    @Bean("mongoHealthIndicator")
    public MongoPingHealthIndicator mongoHealthIndicator(MongoClient client, MongoProperties mongo) {
        return new MongoPingHealthIndicator(client, mongo.getMongoClientDatabase());
    }
}
