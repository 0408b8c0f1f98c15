package org.refunddesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md: each looks only down. */
@AnalyzeClasses(packages = "org.refunddesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("org.refunddesk.domain..")
            .layer("Rules").definedBy("org.refunddesk.rules..")
            .layer("Store").definedBy("org.refunddesk.store..")
            .layer("Exchange").definedBy("org.refunddesk.exchange..")
            .layer("Ui").definedBy("org.refunddesk.ui..")
            .layer("Cli").definedBy("org.refunddesk.cli..")
            .layer("App").definedBy("org.refunddesk.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Store", "Exchange", "Ui", "Cli", "App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Rules", "Store", "Exchange", "Ui", "Cli", "App");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.refunddesk.ui..", "org.refunddesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("logic must not depend on the GUI");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
            .because("view models are tested without a running toolkit and only expose state");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses()
            .that().resideInAPackage("org.refunddesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..")
            .because("the domain is records and enums, no I/O");
}
