package io.membership.membershipservice.auth.token;

import io.membership.membershipservice.account.credentials.Credential;
import io.membership.membershipservice.account.credentials.CredentialStore;
import io.membership.membershipservice.account.credentials.PasswordHashing;
import io.membership.membershipservice.account.credentials.PasswordPolicy;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.platform.errors.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Exchanges email and password for an access token; every failure gets the same answer. */
@Service
public class LoginService {

    private final CredentialStore credentials;
    private final PasswordHashing hashing;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    public LoginService(CredentialStore credentials, PasswordHashing hashing, TokenIssuer tokens,
                        LoginThrottle throttle) {
        this.credentials = credentials;
        this.hashing = hashing;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public AccessToken logIn(String rawEmail, String password, String clientAddress) {
        String email = EmailAddress.normalise(rawEmail);
        if (email == null || email.length() > EmailAddress.MAX_LENGTH || password == null
                || password.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            throw invalidCredentials();
        }
        throttle.attempt(email, clientAddress);
        Optional<Credential> credential = credentials.findByEmail(email);
        boolean valid = credential.isPresent()
                ? hashing.matches(password, credential.get().passwordHash())
                : hashing.matchesNothing(password);
        if (!valid) {
            throw invalidCredentials();
        }
        throttle.succeeded(email, clientAddress);
        return tokens.issue(credential.get().accountId(), credential.get().email());
    }

    private static ApiException invalidCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "email or password is incorrect");
    }
}
