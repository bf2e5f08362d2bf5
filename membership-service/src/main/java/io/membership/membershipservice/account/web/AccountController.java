package io.membership.membershipservice.account.web;

import io.membership.membershipservice.account.command.AccountRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    record RegisterAccountRequest(String email, String password, String locale) {
        @Override
        public String toString() {
            return "RegisterAccountRequest[email=" + email + ", locale=" + locale + "]";
        }
    }

    /** The same for a new email and for one that already has an account: registration reveals nobody. */
    record RegistrationAccepted(String next, String message) {
        static final RegistrationAccepted ANSWER = new RegistrationAccepted("LOG_IN",
                "log in with this email and password; if the email already had an account, its password is unchanged");
    }

    private final AccountRegistration registration;

    AccountController(AccountRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RegistrationAccepted register(@RequestBody RegisterAccountRequest request) {
        registration.register(request.email(), request.password(), request.locale());
        return RegistrationAccepted.ANSWER;
    }
}
