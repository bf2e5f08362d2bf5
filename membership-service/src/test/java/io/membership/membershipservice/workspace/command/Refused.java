package io.membership.membershipservice.workspace.command;

import io.membership.platform.errors.ApiException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the aggregate's refusal by its Problem Details code and HTTP status. */
final class Refused extends TypeSafeMatcher<ApiException> {

    private final int status;
    private final String code;

    private Refused(int status, String code) {
        this.status = status;
        this.code = code;
    }

    static Matcher<ApiException> with(int status, String code) {
        return new Refused(status, code);
    }

    static Matcher<ApiException> notFound() {
        return with(404, "not-found");
    }

    static Matcher<ApiException> forbidden() {
        return with(403, "forbidden");
    }

    static Matcher<ApiException> ownerProtected() {
        return with(403, "owner-protected");
    }

    static Matcher<ApiException> conflict(String code) {
        return with(409, code);
    }

    @Override
    protected boolean matchesSafely(ApiException e) {
        return e.status().value() == status && e.code().equals(code);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal " + status + " " + code);
    }
}
