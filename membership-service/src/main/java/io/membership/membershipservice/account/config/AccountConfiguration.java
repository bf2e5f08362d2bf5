package io.membership.membershipservice.account.config;

import com.mongodb.client.MongoClient;
import io.membership.membershipservice.account.credentials.CredentialStore;
import io.membership.membershipservice.account.credentials.PasswordHashing;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    CredentialStore credentialStore(MongoClient client, MongoProperties mongo) {
        return new CredentialStore(client.getDatabase(mongo.getMongoClientDatabase()));
    }

    @Bean
    PasswordHashing passwordHashing() {
        return new PasswordHashing();
    }
}
