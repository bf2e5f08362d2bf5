package io.membership.invitationservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.membership.invitationservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.membership.membershipservice..", "io.membership.notificationservice..",
                    "io.membership.queryservice..", "io.membership.launcher..");

    @ArchTest
    static final ArchRule aggregateStaysFreeOfWebAndStorage = noClasses()
            .that().resideInAPackage("..invitation.command..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "com.mongodb..", "org.springframework.web..",
                    "org.springframework.kafka..", "..directory..", "..expiry..");

    @ArchTest
    static final ArchRule controllersDoNotTouchStorage = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.axonframework.eventsourcing..");
}
