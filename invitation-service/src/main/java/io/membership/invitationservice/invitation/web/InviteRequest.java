package io.membership.invitationservice.invitation.web;

import java.util.List;

/** Roles and locale are strings here so that an unknown value gets a precise 400 instead of a parser error. */
public record InviteRequest(String email, List<String> roles, String locale) {
}
