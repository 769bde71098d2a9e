package org.kerangka.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The library's module boundaries: a small API over internal stages that know nothing of it. */
@AnalyzeClasses(
    packages = "org.kerangka.extract",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule internalCodeUsesOnlyTheApiValues =
      noClasses()
          .that()
          .resideInAPackage("org.kerangka.extract.internal..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(AgreementExtractor.class, ExtractionJson.class)
          .because("the facade and the JSON writer sit on top of the pipeline, not inside it");

  @ArchTest
  static final ArchRule onlyTheFacadeReachesIntoInternal =
      noClasses()
          .that()
          .resideInAPackage("org.kerangka.extract")
          .and()
          .doNotBelongToAnyOf(AgreementExtractor.class, CountryNames.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.kerangka.extract.internal..")
          .because(
              "the API records and enums must not expose implementation types; the two facades"
                  + " (extraction, country names) return only API or JDK types");

  @ArchTest
  static final ArchRule lowerStagesDoNotKnowTheRules =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.kerangka.extract.internal.text..",
              "org.kerangka.extract.internal.dates..",
              "org.kerangka.extract.internal.money..",
              "org.kerangka.extract.internal.gazetteer..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.kerangka.extract.internal.rules..")
          .because("text, dates, money and gazetteer are building blocks the rules compose");

  @ArchTest
  static final ArchRule internalPackagesAreFreeOfCycles =
      slices().matching("org.kerangka.extract.internal.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noFrameworksOrLoggingInTheLibrary =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.fasterxml.jackson..",
              "tools.jackson..",
              "java.util.logging..",
              "org.slf4j..",
              "org.apache.logging..")
          .because("kerangka-extract is a plain Java library that applications embed");

  @ArchTest
  static final ArchRule dependsOnlyOnTheJdkJspecifyAndTheTrie =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.kerangka.extract..",
              "java..",
              "org.jspecify.annotations..",
              "com.hankcs.algorithm..")
          .because("the library keeps its dependencies to the few it declares");
}
