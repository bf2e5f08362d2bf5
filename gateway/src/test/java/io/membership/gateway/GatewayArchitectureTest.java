package io.membership.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The gateway owns no data and holds no business rule: it reaches the services only over their public REST APIs. */
@AnalyzeClasses(packages = "io.membership.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    @ArchTest
    static final ArchRule noServiceCodeNorTheirStores = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.membership.membershipservice..", "io.membership.invitationservice..",
                    "io.membership.notificationservice..", "io.membership.queryservice..", "io.membership.platform..",
                    "com.mongodb..", "org.springframework.data..", "org.apache.kafka..", "org.axonframework..");
}
