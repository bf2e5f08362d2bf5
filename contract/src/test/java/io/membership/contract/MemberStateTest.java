package io.membership.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MemberStateTest {

    @ParameterizedTest
    @CsvSource({
            "ADDED, Invite, Not confirmed, false",
            "INVITED, Wait, Not confirmed, true",
            "ACTIVE, OK, Confirmed, true",
            "EXPIRED, Re-invite, Not confirmed, false",
            "DELIVERY_FAILED, Re-invite, Not confirmed, false",
            "REVOKED, Invite, Not confirmed, false"})
    void guidanceConfirmationAndSeatFollowTheDesignTable(MemberState state, String guidance, String confirmation,
                                                         boolean holdsSeat) {
        assertThat(state.guidance().label()).isEqualTo(guidance);
        assertThat(state.confirmation().label()).isEqualTo(confirmation);
        assertThat(state.holdsWorkspaceSeat()).isEqualTo(holdsSeat);
    }
}
