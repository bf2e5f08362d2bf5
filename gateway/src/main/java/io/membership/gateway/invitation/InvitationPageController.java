package io.membership.gateway.invitation;

import io.membership.gateway.backend.Backend;
import io.membership.gateway.backend.Backend.Answer;
import io.membership.gateway.pages.PageLocales;
import io.membership.gateway.pages.RetryWait;
import io.membership.gateway.session.PageCookies;
import io.membership.gateway.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The invitation page: what the invitation offers, then accept, by choosing a password (a new person), by logging
 * in (an existing account) or at once (already logged in with the invited address). Every refusal is a page that
 * says what to do. It only calls the public REST APIs any client can call.
 */
@Controller
public class InvitationPageController {

    private final Backend backend;
    private final InvitationPages pages;

    public InvitationPageController(Backend backend, InvitationPages pages) {
        this.backend = backend;
        this.pages = pages;
    }

    @GetMapping("/join/{invitationId}")
    public String show(@PathVariable String invitationId, HttpServletRequest request, HttpServletResponse response,
                       Model model) {
        Opened opened = open(invitationId, request, response, model);
        return opened.refusal() != null ? opened.refusal()
                : pages.offer(opened.preview(), Session.of(request), request, response, model, null);
    }

    @PostMapping("/join/{invitationId}/accept")
    public String accept(@PathVariable String invitationId, @RequestParam(required = false) String password,
                         @RequestParam(required = false) String confirmation, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        Opened opened = open(invitationId, request, response, model);
        if (opened.refusal() != null) {
            return opened.refusal();
        }
        Answer preview = opened.preview();
        UUID id = opened.invitationId();
        String token = opened.token();
        Optional<Session> session = Session.of(request);
        String email = preview.text("email");
        String bearer = null;
        Answer logIn = null;
        if (session.isPresent()) {
            if (!session.get().isFor(email)) {
                return pages.offer(preview, session, request, response, model, null);
            }
            bearer = session.get().accessToken();
        } else if ("LOG_IN".equals(preview.text("next"))) {
            if (password == null || password.isEmpty()) {
                return pages.offer(preview, session, request, response, model, "password-required");
            }
            logIn = logIn(email, password, request);
            if (!logIn.ok()) {
                RetryWait.remember(logIn, model);
                return pages.offer(preview, session, request, response, model,
                        logIn.status() == 429 ? "too-many" : "wrong-password");
            }
            bearer = logIn.text("accessToken");
        } else {
            if (password == null || password.isEmpty()) {
                return pages.offer(preview, session, request, response, model, "password-required");
            }
            if (!password.equals(confirmation)) {
                return pages.offer(preview, session, request, response, model, "passwords-differ");
            }
        }
        Answer accepted = backend.post(backend.services().invitationUrl(), "/invitations/{id}/accept",
                bearer != null ? Map.of("token", token) : Map.of("token", token, "password", password),
                bearer, request, id);
        if (!accepted.ok()) {
            return pages.acceptRefused(accepted, preview, session, request, response, model);
        }
        if (bearer == null) {
            logIn = logIn(email, password, request);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, PageCookies.forgetInvitation(id, request).toString());
        if (logIn != null && logIn.ok()) {
            response.addHeader(HttpHeaders.SET_COOKIE, PageCookies.session(logIn.text("accessToken"),
                    Duration.ofSeconds(logIn.body().path("expiresIn").asLong(900)), request).toString());
        }
        return "redirect:/welcome?joined=" + accepted.text("workspaceId") + "&lang="
                + PageLocales.current(request).getLanguage();
    }

    /** The invitation behind the page's link and cookie, or the page that says why there is none. */
    private record Opened(UUID invitationId, String token, Answer preview, String refusal) {
    }

    private Opened open(String invitationId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<UUID> id = InvitationPages.parse(invitationId);
        Optional<String> token = PageCookies.read(request, PageCookies.INVITATION);
        if (id.isEmpty() || token.isEmpty()) {
            return new Opened(null, null, null, pages.closed("not-valid", response, model));
        }
        Answer preview = preview(id.get(), token.get(), request);
        return new Opened(id.get(), token.get(), preview,
                preview.ok() ? null : pages.refusal(preview, request, response, model));
    }

    private Answer preview(UUID invitationId, String token, HttpServletRequest request) {
        Answer preview = backend.get(backend.services().invitationUrl(), "/invitations/{id}?token={token}", null,
                request, invitationId, token);
        PageLocales.choose(request, preview.text("locale"));
        return preview;
    }

    private Answer logIn(String email, String password, HttpServletRequest request) {
        return backend.post(backend.services().membershipUrl(), "/auth/token",
                Map.of("email", email, "password", password), null, request);
    }
}
