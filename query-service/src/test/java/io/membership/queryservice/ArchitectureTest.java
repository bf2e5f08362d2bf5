package io.membership.queryservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.membership.queryservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsOtherServicesOnlyThroughTheContract = noClasses()
            .that().resideInAPackage("io.membership.queryservice..")
            .should().dependOnClassesThat().resideInAnyPackage("io.membership.membershipservice..",
                    "io.membership.invitationservice..", "io.membership.notificationservice..",
                    "io.membership.launcher..");

    @ArchTest
    static final ArchRule readModelsNeedNoEventSourcing = noClasses()
            .that().resideInAPackage("io.membership.queryservice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..");

    @ArchTest
    static final ArchRule queriesAndProjectionsDoNotDependOnTheWebLayer = noClasses()
            .that().resideInAnyPackage("..projection..", "..query..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..");
}
