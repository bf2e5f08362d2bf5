package io.membership.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ContractArchitectureTest {

    private final JavaClasses contract = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.membership.contract");

    @Test
    void contractDependsOnNoFrameworkOrPersistenceType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "com.fasterxml..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "jakarta.persistence..")
                .check(contract);
    }

    @Test
    void eventsAndCommandsAreRecords() {
        classes().that().implement(Event.class).should().beRecords().check(contract);
        classes().that().implement(Command.class).should().beRecords().check(contract);
    }
}
