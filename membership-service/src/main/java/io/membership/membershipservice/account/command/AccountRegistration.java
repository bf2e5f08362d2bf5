package io.membership.membershipservice.account.command;

import io.membership.contract.membership.RegisterAccount;
import io.membership.membershipservice.account.credentials.Credential;
import io.membership.membershipservice.account.credentials.CredentialStore;
import io.membership.membershipservice.account.credentials.PasswordHashing;
import io.membership.membershipservice.account.credentials.PasswordPolicy;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.common.LocaleTag;
import io.membership.platform.axon.CommandDispatcher;
import io.membership.platform.errors.ApiException;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/**
 * Registers an account: the credential first (the unique email index decides who gets an address), then the
 * Account aggregate. If the aggregate refuses, the credential is taken back so the email stays free.
 */
@Service
public class AccountRegistration {

    private final CredentialStore credentials;
    private final PasswordHashing hashing;
    private final CommandDispatcher commands;

    public AccountRegistration(CredentialStore credentials, PasswordHashing hashing, CommandDispatcher commands) {
        this.credentials = credentials;
        this.hashing = hashing;
        this.commands = commands;
    }

    /**
     * Registers a new account; for an email that already has one nothing happens, and the caller gets the same
     * answer, so registration does not tell who has an account. Empty in that case.
     */
    public Optional<UUID> register(String rawEmail, String password, String rawLocale) {
        String email = EmailAddress.parse(rawEmail)
                .orElseThrow(() -> ApiException.badRequest("invalid-email", "email is not a valid email address"));
        PasswordPolicy.problem(password, email).ifPresent(problem -> {
            throw ApiException.badRequest("weak-password", problem);
        });
        String locale = rawLocale == null || rawLocale.isBlank() ? null : LocaleTag.parse(rawLocale)
                .orElseThrow(() -> ApiException.badRequest("invalid-locale", "locale must be a language tag such as en or fr"));
        UUID accountId = UUID.randomUUID();
        if (!credentials.add(new Credential(accountId, email, hashing.hash(password)))) {
            return Optional.empty();
        }
        try {
            commands.send(new RegisterAccount(accountId, email, locale), accountId.toString(), null);
        } catch (RuntimeException e) {
            credentials.remove(accountId);
            throw e;
        }
        return Optional.of(accountId);
    }
}
