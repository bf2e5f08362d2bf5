package io.membership.membershipservice.workspace.invitations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class InvitationsConfiguration {

    @Bean
    ImportInvitations importInvitations(RestClient.Builder builder,
                                        @Value("${membership.invitation-service.base-url:http://localhost:8082}")
                                        String baseUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(20));
        return new ImportInvitations(builder.baseUrl(baseUrl).requestFactory(requests).build());
    }
}
