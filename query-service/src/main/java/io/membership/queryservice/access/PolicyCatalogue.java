package io.membership.queryservice.access;

import io.membership.contract.AccessLevel;
import io.membership.contract.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The permissions host products ask about and the rules that grant them, read from YAML (see
 * {@code policies/catalogue.yml}). A malformed catalogue is refused at start with the place of the mistake.
 */
public final class PolicyCatalogue {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,99}");

    private final List<PolicyRule> rules;
    private final Set<String> permissions;

    private PolicyCatalogue(List<PolicyRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> all = new LinkedHashSet<>();
        rules.forEach(r -> all.addAll(r.permissions()));
        this.permissions = Set.copyOf(all);
    }

    public boolean knows(String permission) {
        return permissions.contains(permission);
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The first rule that grants the permission, or a denial naming what the granting rules require. */
    public AccessDecision decide(String permission, Collection<Role> roles, Map<String, AccessLevel> addOns) {
        List<String> wouldGrant = new ArrayList<>();
        for (PolicyRule rule : rules) {
            if (rule.grants(permission, roles, addOns)) {
                return AccessDecision.allow(permission, rule.id(), rule.description());
            }
            if (rule.permissions().contains(permission)) {
                wouldGrant.add(rule.id() + " (" + rule.requirement() + ")");
            }
        }
        return AccessDecision.deny(permission, "no-granting-rule",
                "granted only by " + String.join(", ", wouldGrant));
    }

    @SuppressWarnings("unchecked")
    public static PolicyCatalogue fromYaml(Map<String, Object> document, String origin) {
        Object rawRules = document == null ? null : document.get("rules");
        if (!(rawRules instanceof List<?> list) || list.isEmpty()) {
            throw invalid(origin, "a non-empty list 'rules' is required");
        }
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw invalid(origin, "every rule must be a mapping");
            }
            PolicyRule rule = rule((Map<String, Object>) map, origin);
            if (!ids.add(rule.id())) {
                throw invalid(origin, "rule id " + rule.id() + " appears twice");
            }
            rules.add(rule);
        }
        return new PolicyCatalogue(rules);
    }

    private static PolicyRule rule(Map<String, Object> map, String origin) {
        String id = text(map.get("id"));
        if (id == null || !NAME.matcher(id).matches()) {
            throw invalid(origin, "rule id '" + id + "' must match " + NAME);
        }
        String where = origin + ", rule " + id;
        Set<String> permissions = new LinkedHashSet<>();
        for (String permission : strings(map.get("permissions"))) {
            if (!NAME.matcher(permission).matches()) {
                throw invalid(where, "permission '" + permission + "' must match " + NAME);
            }
            permissions.add(permission);
        }
        if (permissions.isEmpty()) {
            throw invalid(where, "permissions must not be empty");
        }
        String addOn = text(map.get("addOn"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
        try {
            strings(map.get("roles")).forEach(r -> roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT))));
            strings(map.get("levels")).forEach(l -> levels.add(AccessLevel.valueOf(l.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            throw invalid(where, "unknown role or access level: " + e.getMessage());
        }
        if ((addOn == null) == roles.isEmpty() || (addOn != null && levels.isEmpty())) {
            throw invalid(where, "give either roles, or addOn with levels");
        }
        return new PolicyRule(id, text(map.get("description")), roles, addOn, levels, permissions);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list, got " + value);
        }
        return list.stream().map(PolicyCatalogue::text).toList();
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("invalid policy catalogue " + where + ": " + problem);
    }
}
