package io.membership.platform.errors;

import org.springframework.http.HttpStatus;

/** An aggregate refused a command because a business rule forbids it (answered 409 Conflict). */
public class RuleViolation extends ApiException {
    public RuleViolation(String code, String message) {
        super(HttpStatus.CONFLICT, code, message);
    }
}
