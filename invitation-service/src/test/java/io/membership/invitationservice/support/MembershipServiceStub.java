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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for membership-service's {@code POST /accounts}: a password shorter than 12 characters is weak (400),
 * an email registered before exists (409), anything else gets a new account (201).
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
        } else if (!existing.add(email)) {
            respond(exchange, 409, "{\"status\":409,\"detail\":\"account exists\",\"code\":\"account-exists\"}");
        } else {
            UUID accountId = UUID.randomUUID();
            registrations.add(new Registration(email, password, body.path("locale").asText(null), accountId));
            respond(exchange, 201, "{\"accountId\":\"" + accountId + "\",\"email\":\"" + email + "\"}");
        }
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
