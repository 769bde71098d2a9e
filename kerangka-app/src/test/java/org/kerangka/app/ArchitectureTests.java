package org.kerangka.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application uses the extraction library only through its API. */
@AnalyzeClasses(packages = "org.kerangka.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule appUsesOnlyTheLibraryApi =
      noClasses()
          .that()
          .resideInAPackage("org.kerangka.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.kerangka.extract.internal..")
          .because("internal stages of kerangka-extract may change without notice");
}
