package io.membership.queryservice.members.query;

import java.util.List;

/**
 * The bulk buttons for a selection of members: an action is enabled when every selected member allows it
 * (transfer of ownership: exactly one member); {@code allowedFor} counts the selected members that allow it.
 */
public record SelectionActions(int selected, List<Button> actions) {

    public record Button(MemberAction action, boolean enabled, int allowedFor) {
    }
}
