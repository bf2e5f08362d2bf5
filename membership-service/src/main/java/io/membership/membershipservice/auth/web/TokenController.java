package io.membership.membershipservice.auth.web;

import io.membership.membershipservice.auth.token.AccessToken;
import io.membership.membershipservice.auth.token.LoginService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

    record LogInRequest(String email, String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + "]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
        }
    }

    private final LoginService login;

    TokenController(LoginService login) {
        this.login = login;
    }

    @PostMapping("/auth/token")
    ResponseEntity<TokenResponse> token(@RequestBody LogInRequest request, HttpServletRequest http) {
        AccessToken token = login.logIn(request.email(), request.password(), http.getRemoteAddr());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }
}
