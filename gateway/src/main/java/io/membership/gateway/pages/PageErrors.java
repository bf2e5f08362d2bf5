package io.membership.gateway.pages;

import io.membership.gateway.backend.ServiceUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A service that does not answer gives a page that says to try again shortly, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ServiceUnavailable.class)
    public String unavailable(ServiceUnavailable e, HttpServletResponse response, Model model) {
        log.warn("page could not be served: {}", e.getMessage());
        PageHeaders.apply(response);
        response.setStatus(503);
        model.addAttribute("reason", "unavailable");
        return "invitation/closed";
    }
}
