package io.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the HTTP conversation against a stand-in that answers like Mailpit's API. */
class MailpitInboxTest {

    private static final String SUMMARIES = """
            {"total": 2, "messages_count": %d, "start": 0, "messages": [%s]}""";
    private static final String SUMMARY_ONE = """
            {"ID": "one", "MessageID": "m1@x", "Created": "2025-01-02T10:00:00.5Z",
             "To": [{"Name": "", "Address": "malice@example.com"}], "Cc": [], "Bcc": []}""";
    private static final String SUMMARY_TWO = """
            {"ID": "two", "MessageID": "m2@x", "Created": "2025-01-01T10:00:00Z",
             "To": [{"Name": "Alice", "Address": "Alice@example.com"}], "Cc": [], "Bcc": []}""";
    private static final Map<String, String> MESSAGES = Map.of(
            "one", """
                    {"ID": "one", "MessageID": "m1@x", "From": {"Name": "", "Address": "noreply@membership.io"},
                     "To": [{"Name": "", "Address": "malice@example.com"}], "Subject": "First",
                     "Text": "text one", "HTML": ""}""",
            "two", """
                    {"ID": "two", "MessageID": "m2@x", "From": {"Name": "", "Address": "noreply@membership.io"},
                     "To": [{"Name": "Alice", "Address": "Alice@example.com"}], "Subject": "Second",
                     "Text": "text two", "HTML": "<p>two</p>"}""");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", this::answer);
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void messagesForSearchesByRecipientAndKeepsOnlyExactMatches() {
        List<ReceivedMail> mails = inbox().messagesFor("alice@example.com");

        assertThat(requests.get(0)).startsWith("/api/v1/search?query=to:\"alice@example.com\"");
        assertThat(mails).singleElement().isEqualTo(new ReceivedMail("m2@x", "noreply@membership.io",
                List.of("Alice@example.com"), "Second", "text two", "<p>two</p>", Instant.parse("2025-01-01T10:00:00Z")));
    }

    @Test
    void allListsEveryMessageOldestFirst() {
        List<ReceivedMail> mails = inbox().all();

        assertThat(requests.get(0)).startsWith("/api/v1/messages?start=0");
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly("Second", "First");
        assertThat(mails.get(1).htmlBody()).isNull();
    }

    private MailpitInbox inbox() {
        return new MailpitInbox(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri.getPath() + "?" + uri.getQuery());
        String body;
        if (uri.getPath().equals("/api/v1/messages")) {
            body = SUMMARIES.formatted(2, SUMMARY_ONE + "," + SUMMARY_TWO);
        } else if (uri.getPath().equals("/api/v1/search")) {
            body = SUMMARIES.formatted(2, SUMMARY_ONE + "," + SUMMARY_TWO);
        } else if (uri.getPath().startsWith("/api/v1/message/")) {
            body = MESSAGES.get(uri.getPath().substring("/api/v1/message/".length()));
        } else {
            body = null;
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
