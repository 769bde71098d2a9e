package org.kerangka.app.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Matches article labels against the taxonomies that V2 ships. */
class TaxonomyMatcherTests {

  private static TaxonomyMatcher areas;
  private static TaxonomyMatcher forms;

  @BeforeAll
  static void loadTaxonomiesFromTheMigration() throws Exception {
    try (Connection h2 =
            DriverManager.getConnection(
                "jdbc:h2:mem:matcher;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Statement statement = h2.createStatement()) {
      for (String sql : TaxonomyMigrationTests.V1_TABLES) {
        statement.execute(sql);
      }
      for (String sql :
          MigrationScript.statements(MigrationScript.read(TaxonomyMigrationTests.SCRIPT))) {
        statement.execute(sql);
      }
      areas = new TaxonomyMatcher(entries(statement, "cooperation_area"));
      forms = new TaxonomyMatcher(entries(statement, "activity_form"));
    }
  }

  private static List<TaxonomyEntry> entries(Statement statement, String table) throws Exception {
    List<TaxonomyEntry> entries = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery("select code, name_id, name_en from " + table + " order by code")) {
      while (rs.next()) {
        entries.add(new TaxonomyEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return entries;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "industri fotovoltaik surya, AREA_SOLAR_PV",
    "solar energy, AREA_SOLAR_PV",
    "solar photovoltaic, AREA_SOLAR_PV",
    "industri baja, AREA_STEEL",
    "steel, AREA_STEEL",
    "kebijakan dan peraturan, AREA_POLICY_REGULATION",
    "industri bahan baku pesawat terbang, AREA_AIRCRAFT_MATERIALS",
    "komponen elektronik, AREA_ELECTRONIC_COMPONENTS",
    "electronic components, AREA_ELECTRONIC_COMPONENTS",
    "peralatan rumah tangga, AREA_HOUSEHOLD_APPLIANCES",
    "industri perkapalan, AREA_SHIPBUILDING",
    "industri kapal, AREA_SHIPBUILDING",
    "industri kecil dan menengah, AREA_SMALL_MEDIUM_INDUSTRIES",
    "kawasan industri, AREA_INDUSTRIAL_ESTATES",
    "industrial estate, AREA_INDUSTRIAL_ESTATES",
    "kendaraan listrik, AREA_ELECTRIC_VEHICLES",
    "electric vehicles, AREA_ELECTRIC_VEHICLES",
    "baterai, AREA_BATTERIES",
    "Industri Farmasi, AREA_PHARMACEUTICALS",
    "industri 4.0, AREA_INDUSTRY_4_0",
    "energi terbarukan, AREA_ENERGY_TRANSITION",
    "pendidikan vokasi, AREA_VOCATIONAL_EDUCATION",
    "industri halal, AREA_HALAL"
  })
  void articleLabelMatchesItsCooperationArea(String label, String code) {
    assertThat(areas.match(label)).contains(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "peningkatan kapasitas, FORM_CAPACITY_BUILDING",
    "pelatihan, FORM_TRAINING",
    "penelitian akademis, FORM_ACADEMIC_RESEARCH",
    "kegiatan berbagi pengetahuan, FORM_KNOWLEDGE_SHARING",
    "proyek kerja sama saling menguntungkan, FORM_JOINT_PROJECT",
    "pengembangan sumber daya manusia (SDM) industri, FORM_HR_DEVELOPMENT"
  })
  void articleLabelMatchesItsActivityForm(String label, String code) {
    assertThat(forms.match(label)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pertanian organik", "industri", "kerja sama di bidang", "", "  ;  "})
  void labelWithoutEnoughWordsInCommonMatchesNothing(String label) {
    assertThat(areas.match(label)).isEmpty();
  }

  @Test
  void stopWordsAndPluralsDoNotCount() {
    assertThat(TaxonomyMatcher.words("Industri Kecil dan Menengah"))
        .containsExactly("kecil", "menengah");
    assertThat(TaxonomyMatcher.words("the batteries and industrial estates"))
        .containsExactly("battery", "estate");
  }

  @Test
  void accentsAndCaseAreIgnored() {
    TaxonomyMatcher matcher =
        new TaxonomyMatcher(List.of(new TaxonomyEntry("AREA_CAFE", "Kafe", "Café industry")));

    assertThat(matcher.match("CAFE")).contains("AREA_CAFE");
  }

  @Test
  void earlierEntryWinsATie() {
    TaxonomyMatcher matcher =
        new TaxonomyMatcher(
            List.of(
                new TaxonomyEntry("AREA_A", "Otomotif", "Automotive"),
                new TaxonomyEntry("AREA_B", "Baja", "Steel")));

    assertThat(matcher.match("otomotif dan baja")).contains("AREA_A");
  }

  @Test
  void duplicateCodeIsRejected() {
    TaxonomyEntry steel = new TaxonomyEntry("AREA_STEEL", "Industri baja", "Steel industry");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TaxonomyMatcher(List.of(steel, steel)))
        .withMessageContaining("AREA_STEEL");
  }
}
