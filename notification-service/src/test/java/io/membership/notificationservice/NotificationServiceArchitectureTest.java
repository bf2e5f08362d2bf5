package io.membership.notificationservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.membership.notificationservice", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationServiceArchitectureTest {

    @ArchTest
    static final ArchRule learnsAboutOtherServicesOnlyFromTheContract = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.membership.membershipservice..",
                    "io.membership.invitationservice..", "io.membership.queryservice..", "io.membership.launcher..")
            .because("services share only the published contract and Kafka");

    @ArchTest
    static final ArchRule doesNotEventSource = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..")
            .because("delivery records are plain documents; the service owns no aggregate");

    @ArchTest
    static final ArchRule deliveryMachineryKnowsNoParticularEmail = noClasses()
            .that().resideInAPackage("io.membership.notificationservice.delivery..")
            .should().dependOnClassesThat().resideInAPackage("io.membership.notificationservice.invitation..")
            .because("each kind of email plugs into the delivery process, not the other way round");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesMongo = noClasses()
            .that().resideOutsideOfPackages("io.membership.notificationservice..store..",
                    "io.membership.notificationservice.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..")
            .because("each feature keeps its state behind its own store package");
}
