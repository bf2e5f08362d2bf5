package io.membership.queryservice.members.query;

import io.membership.queryservice.members.projection.MemberDocument;
import org.springframework.data.domain.Sort;

/** The members page's orders; every order ends with the member id so that a cursor names one exact position. */
public record MemberSort(Field field, boolean descending) {

    public static final MemberSort BY_EMAIL = new MemberSort(Field.EMAIL, false);

    public enum Field {
        EMAIL("email", "emailKey"), STATE("state", "state"), INVITED_AT("invitedAt", "invitedAtKey");

        private final String parameter;
        private final String storedAs;

        Field(String parameter, String storedAs) {
            this.parameter = parameter;
            this.storedAs = storedAs;
        }

        public String parameter() {
            return parameter;
        }

        String storedAs() {
            return storedAs;
        }

        Object valueOf(MemberDocument member) {
            return switch (this) {
                case EMAIL -> member.emailKey();
                case STATE -> member.state().name();
                case INVITED_AT -> member.invitedAtKey();
            };
        }
    }

    Sort toSort() {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, field.storedAs(), "memberId");
    }
}
