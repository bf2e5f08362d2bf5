package io.membership.membershipservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plays invitation-service's bulk invite on loopback: records each call and invites every id it is given. */
public final class InvitationServiceStub {

    public record Call(String path, String authorization, List<String> memberIds) {
    }

    private static InvitationServiceStub shared;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private InvitationServiceStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/workspaces/", this::invite);
        server.start();
    }

    public static synchronized InvitationServiceStub shared() {
        if (shared == null) {
            try {
                shared = new InvitationServiceStub();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void invite(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        List<String> ids = new java.util.ArrayList<>();
        body.path("memberIds").forEach(id -> ids.add(id.asText()));
        calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                ids));
        ObjectNode answer = JSON.createObjectNode().put("requested", ids.size()).put("invited", ids.size());
        ArrayNode results = answer.putArray("results");
        ids.forEach(id -> results.addObject().put("memberId", id).put("invitationId", UUID.randomUUID().toString())
                .put("status", "REQUESTED"));
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(202, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
