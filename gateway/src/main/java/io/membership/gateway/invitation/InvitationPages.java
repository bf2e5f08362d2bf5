package io.membership.gateway.invitation;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.gateway.backend.Backend.Answer;
import io.membership.gateway.pages.RetryWait;
import io.membership.gateway.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Turns the services' answers about an invitation into the page to show and its HTTP status. */
@Component
public class InvitationPages {

    /** The closed-link pages there are; any other reason shows the neutral one. */
    static final Set<String> CLOSED = Set.of("expired", "accepted", "cancelled", "revoked", "rejected", "replaced",
            "not-valid", "too-many", "unavailable");
    private static final Set<String> FORM_ERRORS = Set.of("password-required", "passwords-differ", "weak-password",
            "wrong-password", "account-exists", "too-many", "in-progress");

    static Optional<UUID> parse(String invitationId) {
        try {
            return Optional.of(UUID.fromString(invitationId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String offer(Answer preview, Optional<Session> session, HttpServletRequest request, HttpServletResponse response,
                 Model model, String error) {
        JsonNode invitation = preview.body();
        model.addAttribute("invitationId", preview.text("invitationId"));
        model.addAttribute("workspaceName", preview.text("workspaceName"));
        model.addAttribute("email", preview.text("email"));
        model.addAttribute("invitedBy", preview.text("invitedBy"));
        List<String> roles = new ArrayList<>();
        invitation.path("roles").forEach(role -> roles.add(role.asText()));
        model.addAttribute("roles", roles.isEmpty() ? List.of("MEMBER") : roles);
        model.addAttribute("expiresAt", formatted(preview.text("expiresAt"), RequestContextUtils.getLocale(request)));
        session.ifPresent(s -> model.addAttribute("sessionEmail", s.email()));
        if (session.isPresent() && !session.get().isFor(preview.text("email"))) {
            response.setStatus(403);
            return "invitation/wrong-account";
        }
        model.addAttribute("mode", session.isPresent() ? "session"
                : "LOG_IN".equals(preview.text("next")) ? "login" : "create");
        if (error != null) {
            if (!model.containsAttribute("wait")) {
                model.addAttribute("wait", RetryWait.DEFAULT_SECONDS);
            }
            model.addAttribute("error", FORM_ERRORS.contains(error) ? error : "password-required");
            response.setStatus("too-many".equals(error) ? 429 : "in-progress".equals(error) ? 409 : 400);
        }
        return "invitation/offer";
    }

    String refusal(Answer answer, HttpServletRequest request, HttpServletResponse response, Model model) {
        return switch (answer.status()) {
            case 404 -> closed(answer.text("reason") == null ? "not-valid" : answer.text("reason"), response, model);
            case 429 -> {
                RetryWait.remember(answer, model);
                yield closed("too-many", response, model);
            }
            default -> closed("unavailable", response, model);
        };
    }

    String acceptRefused(Answer refused, Answer preview, Optional<Session> session, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        String code = refused.text("code");
        return switch (refused.status()) {
            case 400 -> offer(preview, session, request, response, model,
                    "weak-password".equals(code) ? "weak-password" : "password-required");
            case 409 -> {
                if ("acceptance-in-progress".equals(code)) {
                    yield offer(preview, session, request, response, model, "in-progress");
                }
                String page = offer(preview, session, request, response, model, "account-exists");
                model.addAttribute("mode", "login");
                yield page;
            }
            case 403 -> {
                model.addAttribute("email", preview.text("email"));
                model.addAttribute("invitationId", preview.text("invitationId"));
                response.setStatus(403);
                yield "invitation/wrong-account";
            }
            case 429 -> {
                RetryWait.remember(refused, model);
                yield offer(preview, session, request, response, model, "too-many");
            }
            default -> refusal(refused, request, response, model);
        };
    }

    String closed(String reason, HttpServletResponse response, Model model) {
        String shown = CLOSED.contains(reason) ? reason : "not-valid";
        model.addAttribute("reason", shown);
        if (!model.containsAttribute("wait")) {
            model.addAttribute("wait", RetryWait.DEFAULT_SECONDS);
        }
        response.setStatus(switch (shown) {
            case "not-valid" -> 404;
            case "too-many" -> 429;
            case "unavailable" -> 503;
            default -> 410;
        });
        return "invitation/closed";
    }

    private static String formatted(String instant, Locale locale) {
        if (instant == null) {
            return null;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale == null ? LocaleContextHolder.getLocale() : locale);
        return Instant.parse(instant).atZone(ZoneOffset.UTC).format(format) + " UTC";
    }
}
