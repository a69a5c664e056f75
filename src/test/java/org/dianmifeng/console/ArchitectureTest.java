package org.dianmifeng.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The directions of dependency of the architecture note, as rules that fail the build. */
@AnalyzeClasses(packages = "org.dianmifeng.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only stores (and the database itself) touch the generated tables and jOOQ's query building. */
    @ArchTest
    static final ArchRule onlyStoresUseGeneratedTables = noClasses()
            .that().haveSimpleNameNotEndingWith("Store")
            .and().resideOutsideOfPackage("org.dianmifeng.console.db..")
            .should().dependOnClassesThat().resideInAPackage("org.dianmifeng.console.db..");

    @ArchTest
    static final ArchRule onlyStoresBuildQueries = noClasses()
            .that().haveSimpleNameNotEndingWith("Store")
            .and().resideOutsideOfPackage("org.dianmifeng.console.db..")
            .and().doNotHaveFullyQualifiedName("org.dianmifeng.console.core.Database")
            .should().dependOnClassesThat().resideInAPackage("org.jooq.impl..");

    /** Records, rules, stores and services know nothing of JavaFX. */
    @ArchTest
    static final ArchRule domainHasNoJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.dianmifeng.console.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /** ViewModels hold properties and commands, never a Node or a Window. */
    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.layout..", "javafx.stage..", "javafx.fxml..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.Node")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.Parent");

    /** No service or store reaches up into a screen or the composition root. */
    @ArchTest
    static final ArchRule areasDoNotDependOnUi = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.dianmifeng.console.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.dianmifeng.console.app..");

    /** The shared UI is below the composition root. */
    @ArchTest
    static final ArchRule uiDoesNotDependOnApp = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.dianmifeng.console.app..");
}
