package io.membership.queryservice.web;

import io.membership.contract.MemberState;
import io.membership.platform.errors.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestParamsTest {

    @Test
    void numbersOutsideTheirRangeAreRefusedAndMissingOnesTakeTheDefault() {
        assertThat(RequestParams.intInRange("size", null, 50, 1, 200)).isEqualTo(50);
        assertThat(RequestParams.intInRange("size", 200, 50, 1, 200)).isEqualTo(200);
        assertThatThrownBy(() -> RequestParams.intInRange("size", 201, 50, 1, 200))
                .isInstanceOf(ApiException.class).hasMessage("size must be between 1 and 200");
        assertThatThrownBy(() -> RequestParams.intInRange("size", 0, 50, 1, 200)).isInstanceOf(ApiException.class);
    }

    @Test
    void enumsAreReadInAnyCaseAndUnknownNamesListTheAllowedOnes() {
        assertThat(RequestParams.enumOrNull("state", " invited ", MemberState.class)).isEqualTo(MemberState.INVITED);
        assertThat(RequestParams.enumOrNull("state", "", MemberState.class)).isNull();
        assertThatThrownBy(() -> RequestParams.enumOrNull("state", "GONE", MemberState.class))
                .isInstanceOf(ApiException.class).hasMessageContaining("ADDED, INVITED, ACTIVE");
    }

    @Test
    void textIsTrimmedAndLimited() {
        assertThat(RequestParams.textOrNull("search", "  ada ", 10)).isEqualTo("ada");
        assertThat(RequestParams.textOrNull("search", "   ", 10)).isNull();
        assertThatThrownBy(() -> RequestParams.textOrNull("search", "a".repeat(11), 10))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void enumValuesAreMatchedLooselyRepeatedOrCommaSeparated() {
        assertThat(RequestParams.enumsLoose("guidance", java.util.List.of("re-invite,OK", " wait "),
                io.membership.contract.Guidance.class)).containsExactlyInAnyOrder(
                io.membership.contract.Guidance.REINVITE, io.membership.contract.Guidance.OK,
                io.membership.contract.Guidance.WAIT);
        assertThat(RequestParams.enumsLoose("state", java.util.List.of("delivery failed"), MemberState.class))
                .containsExactly(MemberState.DELIVERY_FAILED);
        assertThat(RequestParams.enumsLoose("state", null, MemberState.class)).isEmpty();
        assertThatThrownBy(() -> RequestParams.enumsLoose("state", java.util.List.of("gone"), MemberState.class))
                .isInstanceOf(ApiException.class).hasMessageContaining("ADDED");
    }
}
