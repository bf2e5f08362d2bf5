package io.membership.gateway.pages;

import io.membership.gateway.backend.Backend.Answer;
import org.springframework.ui.Model;

/** How long a person must wait after "too many attempts": the Retry-After the service answered with. */
public final class RetryWait {

    /** Seconds to wait when the service named none. */
    public static final long DEFAULT_SECONDS = 60;

    /** Puts the wait into the page's model as {@code wait}, in seconds. */
    public static void remember(Answer answer, Model model) {
        model.addAttribute("wait", seconds(answer.retryAfter()));
    }

    static long seconds(String retryAfter) {
        if (retryAfter == null) {
            return DEFAULT_SECONDS;
        }
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS; // an HTTP-date: rare from our services, and a minute is close enough for a person
        }
    }

    private RetryWait() {
    }
}
