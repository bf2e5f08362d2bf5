package io.membership.platform.ratelimit;

import com.mongodb.client.MongoClient;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;

/** A {@link RateLimiter} over the service's own database, shared by all its instances. */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
public class RateLimitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public RateLimiter rateLimiter(MongoClient client, MongoProperties mongo) {
        return RateLimiter.overMongo(client.getDatabase(mongo.getMongoClientDatabase()), TimeMeter.SYSTEM_MILLISECONDS);
    }
}
