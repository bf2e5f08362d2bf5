package io.membership.invitationservice.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTParser;
import io.membership.platform.errors.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Registers the invitee's account at membership-service ({@code POST /accounts}) when it accepts with a new
 * password. The password only travels in the request body; no error or log line carries it.
 */
public class MembershipAccounts {

    private static final Logger log = LoggerFactory.getLogger(MembershipAccounts.class);

    private final RestClient client;
    private final ObjectMapper json;

    public MembershipAccounts(RestClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /**
     * Registers the account, then logs in with the same password: membership-service answers a registration alike
     * whether or not the email already had an account, and the log-in tells them apart (the holder of a valid link
     * may know that, the preview says it already). Its token's subject is the account id.
     */
    public UUID register(String email, String password, String locale, String clientAddress) {
        try {
            post("/accounts", Map.of("email", email, "password", password, "locale", locale), 202, clientAddress);
            JsonNode token = post("/auth/token", Map.of("email", email, "password", password), 200, clientAddress);
            return subjectOf(token.path("accessToken").asText());
        } catch (ResourceAccessException e) {
            log.warn("membership-service unreachable while registering an invited account: {}", e.getMessage());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "accounts-unavailable",
                    "accounts cannot be created right now; try again shortly");
        }
    }

    /** Sent on behalf of the invitee: their address goes along, as a gateway would send it. */
    private JsonNode post(String path, Map<String, String> body, int expected, String clientAddress) {
        return client.post().uri(path)
                .headers(headers -> {
                    if (clientAddress != null) {
                        headers.set("X-Forwarded-For", clientAddress);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .exchange((request, response) -> {
                    JsonNode answer = read(response.getBody());
                    int status = response.getStatusCode().value();
                    if (status == expected) {
                        return answer;
                    }
                    throw refusal(status, answer, response.getHeaders().getFirst("Retry-After"));
                });
    }

    private static ApiException refusal(int status, JsonNode body, String retryAfter) {
        if (status == 401) {
            return ApiException.conflict("account-exists",
                    "an account with this email already exists: log in to accept the invitation");
        }
        if (status == 429) {
            return ApiException.tooManyRequests("too-many-attempts", "too many attempts; try again later",
                    Duration.ofSeconds(retryAfter == null || !retryAfter.matches("[0-9]{1,9}") ? 60
                            : Long.parseLong(retryAfter)));
        }
        if (status == 400 || status == 422) {
            String detail = body.path("detail").asText("the password does not meet the requirements");
            return ApiException.badRequest(body.path("code").asText("invalid-password"), detail);
        }
        log.warn("membership-service answered {} to an account registration", status);
        return new ApiException(HttpStatus.BAD_GATEWAY, "accounts-unavailable",
                "accounts cannot be created right now; try again shortly");
    }

    /** The token comes straight from its issuer over this call; only its subject is read. */
    private static UUID subjectOf(String jwt) {
        try {
            return UUID.fromString(JWTParser.parse(jwt).getJWTClaimsSet().getSubject());
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "accounts-unavailable", "account log-in gave no account id");
        }
    }

    private JsonNode read(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }
}
