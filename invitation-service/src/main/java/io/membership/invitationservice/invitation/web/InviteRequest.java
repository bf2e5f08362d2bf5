package io.membership.invitationservice.invitation.web;

import java.util.List;
import java.util.UUID;

/**
 * One email, or a list of member ids (bulk re-invite of members already in the list). Roles and locale are strings so
 * that an unknown value gets a precise 400 instead of a parser error.
 */
public record InviteRequest(String email, List<String> roles, String locale, List<UUID> memberIds) {
}
