package io.membership.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where the services are, what the gateway accepts, and which peers may tell it who the client is.
 *
 * @param productUrl     where the "you are in" page sends a person on: the host product; empty: no link
 * @param trustedProxies a regular expression for load balancers in front of the gateway whose X-Forwarded-For is
 *                       believed; empty: nobody's, the connecting address is the client
 */
@ConfigurationProperties("membership.gateway")
public record GatewaySettings(URI membershipUrl, URI invitationUrl, URI notificationUrl, URI queryUrl,
                              DataSize maxRequestSize, URI productUrl, String trustedProxies) {

    public boolean trustsProxy(String address) {
        return trustedProxies != null && !trustedProxies.isBlank() && address != null
                && Pattern.matches(trustedProxies, address);
    }
}
