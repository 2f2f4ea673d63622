package com.pvsconsole.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasReturnType.Predicates.rawReturnType;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.pvsconsole.api.WorkspaceContext;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: ui -> service -> api; sim stands apart (DEVELOPERS.md). */
class ArchitectureTest {

    private static JavaClasses productionClasses;

    @BeforeAll
    static void importClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pvsconsole");
    }

    @Test
    void should_keep_api_free_of_javafx() {
        noClasses().that().resideInAPackage("com.pvsconsole.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(productionClasses);
    }

    @Test
    void should_keep_api_free_of_other_layers() {
        noClasses().that().resideInAPackage("com.pvsconsole.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.pvsconsole.sim..", "com.pvsconsole.service..", "com.pvsconsole.ui..", "com.pvsconsole.app..")
                .check(productionClasses);
    }

    @Test
    void should_keep_simulator_independent_of_client_and_javafx() {
        noClasses().that().resideInAPackage("com.pvsconsole.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.pvsconsole.api..", "com.pvsconsole.service..", "com.pvsconsole.ui..")
                .check(productionClasses);
    }

    @Test
    void should_keep_service_free_of_ui() {
        noClasses().that().resideInAPackage("com.pvsconsole.service..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.pvsconsole.ui..", "com.pvsconsole.app..", "com.pvsconsole.sim..")
                .check(productionClasses);
    }

    @Test
    void should_keep_ui_away_from_client_and_simulator() {
        noClasses().that().resideInAPackage("com.pvsconsole.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pvsconsole.sim..", "com.pvsconsole.app..")
                .orShould().dependOnClassesThat(resideInAPackage("com.pvsconsole.api..").and(simpleNameEndingWith("Client")))
                .check(productionClasses);
    }

    @Test
    void should_give_ui_the_rows_workspace_scope_never_the_client_context() {
        noClasses().that().resideInAPackage("com.pvsconsole.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.pvsconsole.api.WorkspaceContext")
                .orShould().callMethodWhere(target(rawReturnType(WorkspaceContext.class)))
                .because("services take the WorkspaceScope of the rows they act on and derive the context themselves")
                .check(productionClasses);
    }

    @Test
    void should_keep_the_bench_beside_the_app_using_only_api_sim_and_service() {
        noClasses().that().resideInAPackage("com.pvsconsole.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pvsconsole.ui..", "com.pvsconsole.app..")
                .check(productionClasses);
    }

    @Test
    void should_let_only_the_app_start_the_bench() {
        noClasses().that().resideInAnyPackage("com.pvsconsole.api..", "com.pvsconsole.sim..",
                        "com.pvsconsole.service..", "com.pvsconsole.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.pvsconsole.bench..")
                .check(productionClasses);
    }
}
