package io.membership.queryservice.access;

import io.membership.contract.AccessLevel;
import io.membership.contract.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.DefaultResourceLoader;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyCatalogueTest {

    private final PolicyCatalogue shipped = new PolicyCatalogueConfiguration().policyCatalogue(
            new DefaultResourceLoader(), "classpath:policies/catalogue.yml");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "MEMBER, contacts.search-by-email, true, assistant-workspace-data",
            "MEMBER, transactions.search-by-email, true, assistant-workspace-data",
            "MEMBER, funnels.manage, true, assistant-workspace-data",
            "MEMBER, contacts.list, false, no-granting-rule",
            "MEMBER, revenue.read, false, no-granting-rule",
            "ADMIN, contacts.list, true, admin-sensitive-data",
            "ADMIN, api-keys.manage, true, admin-advanced-settings",
            "ADMIN, contacts.export, false, no-granting-rule",
            "ADMIN, custom-domains.manage, false, no-granting-rule",
            "OWNER, contacts.export, true, owner-only",
            "OWNER, workspace.delete, true, owner-only",
            "AUDITOR, audit.read, true, audit-readers",
            "AUDITOR, contacts.search-by-email, false, no-granting-rule",
            "MEMBER, audit.read, false, no-granting-rule"})
    void theShippedCatalogueFollowsTheSeedArticles(Role role, String permission, boolean allowed, String rule) {
        AccessDecision decision = shipped.decide(permission, List.of(role), Map.of());

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.rule()).isEqualTo(rule);
    }

    @Test
    void conversationsViewersReadAndAgentsAlsoAct() {
        Map<String, AccessLevel> viewer = Map.of("conversations", AccessLevel.VIEWER);
        Map<String, AccessLevel> agent = Map.of("conversations", AccessLevel.AGENT);

        assertThat(shipped.decide("conversations.read", List.of(Role.MEMBER), viewer).allowed()).isTrue();
        assertThat(shipped.decide("conversations.act", List.of(Role.MEMBER), viewer).allowed()).isFalse();
        assertThat(shipped.decide("conversations.act", List.of(Role.MEMBER), agent).rule())
                .isEqualTo("conversations-agent");
        assertThat(shipped.decide("conversations.read", List.of(Role.OWNER), Map.of()).allowed()).isFalse();
    }

    @Test
    void aDenialNamesTheRulesThatWouldGrant() {
        assertThat(shipped.decide("contacts.export", List.of(Role.ADMIN), Map.of()).reason())
                .contains("owner-only").contains("OWNER");
    }

    @Test
    void aMalformedCatalogueIsRefusedWithTheRuleAtFault() {
        assertThatThrownBy(() -> PolicyCatalogue.fromYaml(Map.of("rules", List.of(
                Map.of("id", "x", "roles", List.of("KING"), "permissions", List.of("a.b")))), "test.yml"))
                .hasMessageContaining("rule x").hasMessageContaining("KING");
        assertThatThrownBy(() -> PolicyCatalogue.fromYaml(Map.of("rules", List.of(
                Map.of("id", "x", "roles", List.of("OWNER"), "permissions", List.of("a")),
                Map.of("id", "x", "roles", List.of("ADMIN"), "permissions", List.of("b")))), "test.yml"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> PolicyCatalogue.fromYaml(Map.of(), "test.yml")).hasMessageContaining("rules");
    }
}
