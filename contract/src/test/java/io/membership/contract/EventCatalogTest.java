package io.membership.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    @Test
    void everyEventHasAUniquePastTenseNameAndATopic() {
        assertThat(EventCatalog.all()).allSatisfy(entry -> {
            assertThat(entry.type()).matches(".*(ed|Sent|Resent|Joined|Switched)$");
            assertThat(Topics.ALL).contains(entry.topic());
            assertThat(EventCatalog.byClass(entry.javaType())).contains(entry);
        });
    }
}
