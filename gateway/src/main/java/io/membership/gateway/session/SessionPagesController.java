package io.membership.gateway.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.membership.gateway.backend.Backend;
import io.membership.gateway.backend.Backend.Answer;
import io.membership.gateway.pages.PageLocales;
import io.membership.gateway.pages.RetryWait;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Log in, log out, and the page a person lands on: the workspaces they belong to. */
@Controller
public class SessionPagesController {

    /** How often the welcome page looks again for the workspace just joined (once a second). */
    private static final int MAX_REFRESHES = 15;
    /** Where log-out may send the browser back to: a page of ours, never another site. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(join/[0-9a-fA-F-]{36})?");

    private final Backend backend;

    public SessionPagesController(Backend backend) {
        this.backend = backend;
    }

    public record WorkspaceItem(String workspaceId, String name, List<String> roles, boolean current) {
    }

    @GetMapping("/")
    public String home(HttpServletRequest request) {
        return Session.of(request).isPresent() ? "redirect:/welcome" : "redirect:/login";
    }

    @GetMapping("/login")
    public String loginForm() {
        return "session/login";
    }

    @PostMapping("/login")
    public String logIn(@RequestParam(required = false) String email, @RequestParam(required = false) String password,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("email", email);
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            model.addAttribute("error", "missing");
            response.setStatus(400);
            return "session/login";
        }
        Answer token = backend.post(backend.services().membershipUrl(), "/auth/token",
                Map.of("email", email.trim(), "password", password), null, request);
        if (!token.ok()) {
            RetryWait.remember(token, model);
            model.addAttribute("error", token.status() == 429 ? "too-many" : "wrong-credentials");
            response.setStatus(token.status() == 429 ? 429 : 401);
            return "session/login";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, PageCookies.session(token.text("accessToken"),
                Duration.ofSeconds(token.body().path("expiresIn").asLong(900)), request).toString());
        return "redirect:/welcome";
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @PostMapping("/logout")
    public String logOut(@RequestParam(name = "next", required = false) String next, HttpServletRequest request,
                         HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, PageCookies.endSession(request).toString());
        return "redirect:" + (next != null && LOCAL_PAGE.matcher(next).matches() ? next : "/login");
    }

    @GetMapping("/welcome")
    public String welcome(@RequestParam(required = false) String joined,
                          @RequestParam(name = "wait", defaultValue = "0") int waited,
                          @RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        PageLocales.choose(request, lang);
        Optional<Session> session = Session.of(request);
        if (session.isEmpty()) {
            return "redirect:/login";
        }
        Answer answer = backend.get(backend.services().queryUrl(), "/me/workspaces", session.get().accessToken(),
                request);
        List<WorkspaceItem> workspaces = new ArrayList<>();
        if (answer.ok()) {
            for (JsonNode item : answer.body()) {
                List<String> roles = new ArrayList<>();
                item.path("roles").forEach(role -> roles.add(role.asText()));
                workspaces.add(new WorkspaceItem(item.path("workspaceId").asText(), item.path("name").asText(), roles,
                        item.path("current").asBoolean()));
            }
        }
        model.addAttribute("email", session.get().email());
        model.addAttribute("workspaces", workspaces);
        model.addAttribute("productUrl", backend.services().productUrl());
        Optional<String> joinedName = workspaces.stream().filter(w -> w.workspaceId().equals(joined))
                .map(WorkspaceItem::name).findFirst();
        model.addAttribute("joined", joined == null ? null : joinedName.orElse(""));
        if (joined != null && joinedName.isEmpty() && waited < MAX_REFRESHES && isUuid(joined)) {
            // the join reaches the workspace list a moment after the accept: the page looks again by itself
            model.addAttribute("refresh", "/welcome?joined=" + joined + "&wait=" + (waited + 1)
                    + (lang != null ? "&lang=" + PageLocales.current(request).getLanguage() : ""));
        }
        return "session/welcome";
    }
}
