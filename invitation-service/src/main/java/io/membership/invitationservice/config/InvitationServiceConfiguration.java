package io.membership.invitationservice.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.membership.contract.EventEnvelope;
import io.membership.contract.invitation.ExpireInvitation;
import io.membership.invitationservice.accounts.MembershipAccounts;
import io.membership.invitationservice.directory.DirectoryUpdates;
import io.membership.invitationservice.directory.InviterCheck;
import io.membership.invitationservice.directory.WorkspaceDirectory;
import io.membership.invitationservice.expiry.ExpiryPoller;
import io.membership.invitationservice.expiry.ExpirySchedule;
import io.membership.invitationservice.expiry.InvitationExpirer;
import io.membership.invitationservice.invitation.accept.AcceptanceClaims;
import io.membership.invitationservice.invitation.accept.InvitationAcceptance;
import io.membership.invitationservice.invitation.accept.InvitationLinks;
import io.membership.invitationservice.invitation.command.InvitationTerms;
import io.membership.invitationservice.invitation.query.InvitationHistory;
import io.membership.invitationservice.invitation.web.LinkRateLimiter;
import io.membership.platform.ratelimit.RateLimiter;
import io.membership.invitationservice.invitation.query.PendingInvitations;
import io.membership.invitationservice.messaging.MemberReactions;
import io.membership.invitationservice.messaging.SeatReactions;
import io.membership.platform.axon.AggregateCache;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.links.InvitationLinkTokens;
import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.Duration;

@Configuration
@EnableConfigurationProperties(InvitationSettings.class)
public class InvitationServiceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InvitationServiceConfiguration.class);

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Invitations stay loaded between the saga's commands (seat reserved, sent, delivered, accepted). */
    @Bean(destroyMethod = "close")
    public AggregateCache invitationAggregates(@Value("${invitation.cached:10000}") long invitations) {
        return AggregateCache.onHeap("invitations", invitations);
    }

    @Bean
    public Cache invitationCache(AggregateCache invitationAggregates) {
        return invitationAggregates.cache();
    }

    @Bean
    public InvitationLinkTokens invitationLinkTokens(InvitationSettings settings) {
        return new InvitationLinkTokens(settings.linkSecret());
    }

    @Bean
    public InvitationTerms invitationTerms(InvitationSettings settings) {
        return new InvitationTerms(settings.expiry());
    }

    @Bean
    public MongoDatabase invitationDatabase(MongoClient client, MongoProperties mongo) {
        return client.getDatabase(mongo.getMongoClientDatabase());
    }

    @Bean
    public WorkspaceDirectory workspaceDirectory(MongoDatabase invitationDatabase) {
        return new WorkspaceDirectory(invitationDatabase);
    }

    @Bean
    public DirectoryUpdates directoryUpdates(WorkspaceDirectory directory) {
        return new DirectoryUpdates(directory);
    }

    @Bean
    public InviterCheck inviterCheck(WorkspaceDirectory directory, InvitationSettings settings) {
        return new InviterCheck(directory, settings.directoryWait());
    }

    @Bean
    public SeatReactions seatReactions(CommandDispatcher commands, InvitationHistory history) {
        return new SeatReactions(commands, history);
    }

    @Bean
    public PendingInvitations pendingInvitations(MongoDatabase invitationDatabase) {
        return new PendingInvitations(invitationDatabase);
    }

    @Bean
    public MemberReactions memberReactions(CommandDispatcher commands, InvitationHistory history,
                                           PendingInvitations pending) {
        return new MemberReactions(commands, history, pending);
    }

    @Bean
    public ExpirySchedule expirySchedule(MongoDatabase invitationDatabase, Clock clock, InvitationSettings settings) {
        return new ExpirySchedule(invitationDatabase, clock, settings.expiryLease());
    }

    @Bean
    public InvitationExpirer invitationExpirer(CommandDispatcher commands) {
        return invitationId -> {
            try {
                commands.send(new ExpireInvitation(invitationId), EventEnvelope.SYSTEM_ACTOR, null);
            } catch (AggregateNotFoundException e) {
                log.warn("expiry scheduled for unknown invitation {}; dropped", invitationId);
            }
        };
    }

    @Bean
    public ExpiryPoller expiryPoller(ExpirySchedule schedule, InvitationExpirer expirer, InvitationSettings settings) {
        return new ExpiryPoller(schedule, expirer, settings.expiryPoll());
    }

    @Bean
    public MembershipAccounts membershipAccounts(RestClient.Builder builder, ObjectMapper json,
                                                 @Value("${membership.membership-service.base-url:http://localhost:8081}")
                                                 String baseUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(10));
        return new MembershipAccounts(builder.baseUrl(baseUrl).requestFactory(requests).build(), json);
    }

    @Bean
    public FilterRegistrationBean<LinkRateLimiter> linkRateLimiter(RateLimiter limiter, InvitationSettings settings) {
        FilterRegistrationBean<LinkRateLimiter> registration = new FilterRegistrationBean<>(
                new LinkRateLimiter(limiter, settings.linkRequestsPerMinute()));
        registration.addUrlPatterns("/invitations/*");
        return registration;
    }

    @Bean
    public InvitationLinks invitationLinks(InvitationHistory history, InvitationLinkTokens tokens, Clock clock) {
        return new InvitationLinks(history, tokens, clock);
    }

    @Bean
    public AcceptanceClaims acceptanceClaims(MongoDatabase invitationDatabase, Clock clock) {
        return new AcceptanceClaims(invitationDatabase, clock, Duration.ofSeconds(30));
    }

    @Bean
    public InvitationAcceptance invitationAcceptance(InvitationLinks links, AcceptanceClaims claims,
                                                     MembershipAccounts accounts, CommandDispatcher commands) {
        return new InvitationAcceptance(links, claims, accounts, commands);
    }
}
