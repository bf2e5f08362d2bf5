package io.membership.membershipservice.account.web;

import io.membership.membershipservice.account.command.AccountRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
class AccountController {

    record RegisterAccountRequest(String email, String password, String locale) {
        @Override
        public String toString() {
            return "RegisterAccountRequest[email=" + email + ", locale=" + locale + "]";
        }
    }

    record RegisteredAccount(UUID accountId) {
    }

    private final AccountRegistration registration;

    AccountController(AccountRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredAccount register(@RequestBody RegisterAccountRequest request) {
        return new RegisteredAccount(registration.register(request.email(), request.password(), request.locale()));
    }
}
