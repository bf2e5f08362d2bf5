package io.membership.gateway.routing;

import io.membership.gateway.config.GatewaySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.requestSize;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * The REST APIs of the four services behind one origin, by path (docs/gateway.md has the table). Checked in this
 * order: invitations first (they live under /workspaces too), then the reads of query-service, then
 * membership-service's writes; operators' endpoints sit under /ops/{service}. Anything else is the gateway's own.
 */
@Configuration
public class ServiceRoutes {

    @Bean
    @Order(10)
    RouterFunction<ServerResponse> invitationServiceRoutes(GatewaySettings settings) {
        return proxy("invitation-service", settings, settings.invitationUrl(),
                path("/invitations/**").or(path("/workspaces/*/invitations/**")));
    }

    @Bean
    @Order(20)
    RouterFunction<ServerResponse> queryServiceRoutes(GatewaySettings settings) {
        return proxy("query-service", settings, settings.queryUrl(),
                GET("/workspaces/*/**").or(GET("/me/workspaces")).or(path("/workspaces/*/access/check")));
    }

    @Bean
    @Order(30)
    RouterFunction<ServerResponse> membershipServiceRoutes(GatewaySettings settings) {
        return proxy("membership-service", settings, settings.membershipUrl(),
                path("/accounts").or(path("/auth/**")).or(path("/.well-known/**")).or(path("/me/**"))
                        .or(path("/workspaces")).or(path("/workspaces/**")));
    }

    @Bean
    @Order(40)
    RouterFunction<ServerResponse> notificationOperatorRoutes(GatewaySettings settings) {
        return operators("notification-operations", settings, settings.notificationUrl(), "/ops/notification/**");
    }

    @Bean
    @Order(41)
    RouterFunction<ServerResponse> queryOperatorRoutes(GatewaySettings settings) {
        return operators("query-operations", settings, settings.queryUrl(), "/ops/query/**");
    }

    private static RouterFunction<ServerResponse> operators(String id, GatewaySettings settings, URI service,
                                                            String paths) {
        return route(id)
                .route(path(paths), http())
                .before(stripPrefix(2))
                .before(uri(service))
                .before(requestSize(settings.maxRequestSize()))
                .build();
    }

    private static RouterFunction<ServerResponse> proxy(String id, GatewaySettings settings, URI service,
                                                        RequestPredicate paths) {
        return route(id)
                .route(paths, http())
                .before(uri(service))
                .before(requestSize(settings.maxRequestSize()))
                .build();
    }
}
