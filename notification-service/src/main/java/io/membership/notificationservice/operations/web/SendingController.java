package io.membership.notificationservice.operations.web;

import io.membership.notificationservice.delivery.SendingSwitch;
import io.membership.notificationservice.operations.OperatorAccess;
import io.membership.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators pause sending (nothing is lost: it waits) and resume it; the answer is the state afterwards. */
@RestController
@RequestMapping("/admin/sending")
public class SendingController {

    public record SendingView(boolean paused) {
    }

    private final SendingSwitch sending;
    private final OperatorAccess operators;

    public SendingController(SendingSwitch sending, OperatorAccess operators) {
        this.sending = sending;
        this.operators = operators;
    }

    @GetMapping
    public SendingView state(@AuthenticationPrincipal Jwt jwt) {
        operators.require(jwt);
        return new SendingView(sending.paused());
    }

    @PostMapping("/pause")
    public SendingView pause(@AuthenticationPrincipal Jwt jwt) {
        Actor operator = operators.require(jwt);
        sending.pause(operator.id());
        return new SendingView(true);
    }

    @PostMapping("/resume")
    public SendingView resume(@AuthenticationPrincipal Jwt jwt) {
        Actor operator = operators.require(jwt);
        sending.resume(operator.id());
        return new SendingView(false);
    }
}
