package io.membership.invitationservice.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.platform.errors.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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

    public UUID register(String email, String password, String locale) {
        try {
            return client.post().uri("/accounts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("email", email, "password", password, "locale", locale))
                    .exchange((request, response) -> {
                        JsonNode body = read(response.getBody());
                        int status = response.getStatusCode().value();
                        if (status == 200 || status == 201) {
                            return accountIdFrom(body, response.getHeaders().getLocation());
                        }
                        throw refusal(status, body);
                    });
        } catch (ResourceAccessException e) {
            log.warn("membership-service unreachable while registering an invited account: {}", e.getMessage());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "accounts-unavailable",
                    "accounts cannot be created right now; try again shortly");
        }
    }

    private static ApiException refusal(int status, JsonNode body) {
        if (status == 409) {
            return ApiException.conflict("account-exists",
                    "an account with this email already exists: log in to accept the invitation");
        }
        if (status == 400 || status == 422) {
            String detail = body.path("detail").asText("the password does not meet the requirements");
            return ApiException.badRequest(body.path("code").asText("invalid-password"), detail);
        }
        log.warn("membership-service answered {} to an account registration", status);
        return new ApiException(HttpStatus.BAD_GATEWAY, "accounts-unavailable",
                "accounts cannot be created right now; try again shortly");
    }

    private static UUID accountIdFrom(JsonNode body, URI location) {
        for (String field : new String[]{"accountId", "id"}) {
            if (body.hasNonNull(field)) {
                return UUID.fromString(body.get(field).asText());
            }
        }
        if (location != null) {
            String path = location.getPath();
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        }
        throw new ApiException(HttpStatus.BAD_GATEWAY, "accounts-unavailable", "account registration gave no id");
    }

    private JsonNode read(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }
}
