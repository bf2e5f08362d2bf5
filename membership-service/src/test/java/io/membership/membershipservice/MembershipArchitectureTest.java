package io.membership.membershipservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.membership.membershipservice", importOptions = ImportOption.DoNotIncludeTests.class)
class MembershipArchitectureTest {

    @ArchTest
    static final ArchRule doesNotDependOnOtherServices = noClasses()
            .that().resideInAPackage("io.membership.membershipservice..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.membership.invitationservice..",
                    "io.membership.notificationservice..",
                    "io.membership.queryservice..",
                    "io.membership.launcher..");

    @ArchTest
    static final ArchRule aggregatesKeepToTheirFeature = noClasses()
            .that().resideInAPackage("..account..")
            .should().dependOnClassesThat().resideInAPackage("io.membership.membershipservice.workspace..");

    @ArchTest
    static final ArchRule commandSideDoesNotKnowTheWeb = noClasses()
            .that().resideInAPackage("..workspace.command..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..", "org.springframework.web..");
}
