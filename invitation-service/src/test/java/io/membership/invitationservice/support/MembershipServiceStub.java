package io.membership.invitationservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for membership-service's {@code POST /accounts} and {@code POST /auth/token}. Registration: a password
 * shorter than 12 characters is weak (400); otherwise 202, and a new account only for an email without one. Log-in:
 * 200 with a token whose subject is the account id for a registered email and password, 401 otherwise.
 */
public final class MembershipServiceStub {

    public record Registration(String email, String password, String locale, UUID accountId) {
    }

    private static MembershipServiceStub shared;

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> existing = ConcurrentHashMap.newKeySet();
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    private MembershipServiceStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/accounts", this::register);
        server.createContext("/auth/token", this::logIn);
        server.start();
    }

    public static synchronized MembershipServiceStub shared() {
        if (shared == null) {
            try {
                shared = new MembershipServiceStub();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void accountExists(String email) {
        existing.add(email);
    }

    public List<Registration> registrationsOf(String email) {
        return registrations.stream().filter(r -> r.email().equals(email)).toList();
    }

    private void register(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{}");
            return;
        }
        JsonNode body = json.readTree(exchange.getRequestBody());
        String email = body.path("email").asText();
        String password = body.path("password").asText();
        if (password.length() < 12) {
            respond(exchange, 400, "{\"type\":\"https://membership.example/problems/weak-password\",\"title\":"
                    + "\"Bad Request\",\"status\":400,\"detail\":\"password must have at least 12 characters\","
                    + "\"code\":\"weak-password\"}");
        } else {
            if (existing.add(email)) {
                registrations.add(new Registration(email, password, body.path("locale").asText(null),
                        UUID.randomUUID()));
            }
            respond(exchange, 202, "{\"next\":\"LOG_IN\"}");
        }
    }

    private void logIn(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody());
        String email = body.path("email").asText();
        String password = body.path("password").asText();
        Registration match = registrations.stream()
                .filter(r -> r.email().equals(email) && r.password().equals(password)).findFirst().orElse(null);
        if (match == null) {
            respond(exchange, 401, "{\"status\":401,\"code\":\"invalid-credentials\"}");
            return;
        }
        String claims = "{\"sub\":\"" + match.accountId() + "\",\"email\":\"" + email + "\"}";
        String token = "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
        respond(exchange, 200, "{\"accessToken\":\"" + token + "\",\"tokenType\":\"Bearer\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
