package io.membership.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the mail captured by a Mailpit server through its HTTP API: the message list (or a {@code to:} search),
 * then each message by its database id.
 */
public final class MailpitInbox implements Inbox {

    private static final int PAGE_SIZE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUri;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** @param baseUri the web UI / API address, e.g. {@code http://localhost:8025} */
    public MailpitInbox(URI baseUri) {
        String base = baseUri.toString();
        this.baseUri = URI.create(base.endsWith("/") ? base : base + "/");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public List<ReceivedMail> messagesFor(String email) {
        String query = URLEncoder.encode("to:\"" + email + "\"", StandardCharsets.UTF_8);
        // Mailpit's to: filter matches substrings, so keep only the summaries that name the exact address
        return read("api/v1/search?query=" + query + "&", summary -> isAddressedTo(summary, email));
    }

    @Override
    public List<ReceivedMail> all() {
        return read("api/v1/messages?", summary -> true);
    }

    @Override
    public String toString() {
        return "Mailpit inbox at " + baseUri;
    }

    private List<ReceivedMail> read(String listPath, Predicate<JsonNode> wanted) {
        List<ReceivedMail> mails = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonNode page = get(listPath + "start=" + start + "&limit=" + PAGE_SIZE);
            JsonNode summaries = page.path("messages");
            for (JsonNode summary : summaries) {
                if (wanted.test(summary)) {
                    mails.add(message(summary));
                }
            }
            start += summaries.size();
            if (summaries.isEmpty() || start >= page.path("messages_count").asInt(page.path("total").asInt())) {
                break;
            }
        }
        mails.sort(Comparator.comparing(ReceivedMail::receivedAt));
        return mails;
    }

    private ReceivedMail message(JsonNode summary) {
        JsonNode message = get("api/v1/message/" + URLEncoder.encode(summary.path("ID").asText(), StandardCharsets.UTF_8));
        List<String> to = new ArrayList<>();
        message.path("To").forEach(address -> to.add(address.path("Address").asText()));
        return new ReceivedMail(
                ReceivedMail.stripAngleBrackets(message.path("MessageID").asText(null)),
                message.path("From").path("Address").asText(null),
                to,
                message.path("Subject").asText(null),
                ReceivedMail.blankToNull(message.path("Text").asText(null)),
                ReceivedMail.blankToNull(message.path("HTML").asText(null)),
                Instant.parse(summary.path("Created").asText()));
    }

    private static boolean isAddressedTo(JsonNode summary, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        for (String field : List.of("To", "Cc", "Bcc")) {
            for (JsonNode address : summary.path(field)) {
                if (address.path("Address").asText("").toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode get(String relativePath) {
        URI uri = baseUri.resolve(relativePath);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Mailpit answered " + response.statusCode() + " to GET " + uri
                        + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot GET " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + uri, e);
        }
    }
}
