package io.membership.launcher;

import io.membership.infra.SharedInfrastructure;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same sweep as on the one-JVM default, on one JVM per service, directly and through the gateway. */
@Order(4) // before the attack suite, which exhausts the link rate limits of this test's client address
class SeparateServicesEndpointsIntegrationTest {

    @Test
    void everyEndpointFamilyAnswersAsOnTheOneJvmDefault() {
        assertThat(new EndpointSweep(EndpointSweep.Origins.direct(SharedSystem.get()),
                SharedInfrastructure.get().inbox()).run()).isEmpty();
    }

    @Test
    void everyEndpointFamilyAnswersThroughTheGateway() {
        assertThat(new EndpointSweep(EndpointSweep.Origins.gateway(SharedSystem.get()),
                SharedInfrastructure.get().inbox()).run()).isEmpty();
    }
}
