package org.kerangka.app.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code V2__taxonomies.sql} with plain JDBC against the two tables that V1 creates, on H2 in
 * PostgreSQL mode and, when one is reachable on 127.0.0.1:5432, on PostgreSQL.
 */
class TaxonomyMigrationTests {

  static final String SCRIPT = "db/migration/V2__taxonomies.sql";

  /** The tables exactly as the registry's V1 migration creates them. */
  static final List<String> V1_TABLES =
      List.of(
          "create table cooperation_area (code varchar(40) primary key, name_id varchar(200) not"
              + " null, name_en varchar(200) not null, kbli varchar(20), isic varchar(20),"
              + " oecd_crs varchar(20))",
          "create table activity_form (code varchar(40) primary key, parent_code varchar(40)"
              + " references activity_form(code), name_id varchar(200) not null, name_en"
              + " varchar(200) not null)");

  private static final Map<String, String> SEED_AREAS = new LinkedHashMap<>();

  static {
    SEED_AREAS.put("AREA_POLICY_REGULATION", "Kebijakan dan peraturan");
    SEED_AREAS.put("AREA_AIRCRAFT_MATERIALS", "Industri bahan baku pesawat terbang");
    SEED_AREAS.put("AREA_SOLAR_PV", "Industri fotovoltaik surya");
    SEED_AREAS.put("AREA_ELECTRONIC_COMPONENTS", "Komponen elektronik");
    SEED_AREAS.put("AREA_HOUSEHOLD_APPLIANCES", "Peralatan rumah tangga");
    SEED_AREAS.put("AREA_SHIPBUILDING", "Industri perkapalan");
    SEED_AREAS.put("AREA_SMALL_MEDIUM_INDUSTRIES", "Industri kecil dan menengah");
    SEED_AREAS.put("AREA_INDUSTRIAL_ESTATES", "Kawasan industri");
  }

  /** KBLI 2020: golongan pokok (2 digits) down to kelompok (5 digits). */
  private static final Pattern KBLI = Pattern.compile("\\d{2,5}");

  /** ISIC Rev.4: division (2 digits) down to class (4 digits). */
  private static final Pattern ISIC = Pattern.compile("\\d{2,4}");

  /** OECD DAC CRS purpose code: 5 digits. */
  private static final Pattern CRS = Pattern.compile("\\d{5}");

  @Test
  void seedAreasAndActivityTreeLoadIntoH2InPostgresqlMode() throws Exception {
    try (Connection h2 =
        DriverManager.getConnection("jdbc:h2:mem:tax;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
      migrateAndCheck(h2);
    }
  }

  @Test
  void seedAreasAndActivityTreeLoadIntoPostgresql() throws Exception {
    String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
    Connection server;
    try {
      server = DriverManager.getConnection(admin, "postgres", "");
    } catch (SQLException e) {
      Assumptions.abort(
          "PostgreSQL not reachable on 127.0.0.1:5432 as user postgres ("
              + e.getMessage()
              + "): checked on H2 only");
      return;
    }
    String database = "kerangka_tax_" + UUID.randomUUID().toString().replace("-", "");
    try (server;
        Statement ddl = server.createStatement()) {
      ddl.execute("create database " + database);
      try {
        try (Connection pg =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "")) {
          migrateAndCheck(pg);
        }
      } finally {
        ddl.execute("drop database " + database);
      }
    }
  }

  @Test
  void scriptSplitterKeepsSemicolonsInsideStringsAndDropsComments() {
    assertThat(
            MigrationScript.statements(
                "-- a; comment\ninsert into t values ('a;b'); select 1;\n-- end"))
        .containsExactly("insert into t values ('a;b')", "select 1");
    assertThat(MigrationScript.statements("insert into t values ('it''s; fine')"))
        .containsExactly("insert into t values ('it''s; fine')");
  }

  private static void migrateAndCheck(Connection connection) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : V1_TABLES) {
        statement.execute(sql);
      }
      for (String sql : MigrationScript.statements(MigrationScript.read(SCRIPT))) {
        statement.execute(sql);
      }
    }

    Map<String, String> areas = rows(connection, "select code, name_id from cooperation_area");
    assertThat(areas).containsAllEntriesOf(SEED_AREAS);
    assertThat(areas).hasSizeGreaterThanOrEqualTo(SEED_AREAS.size() + 15);

    Map<String, String> parents = rows(connection, "select code, parent_code from activity_form");
    assertThat(parents)
        .containsKeys(
            "FORM_JOINT_PROJECT",
            "FORM_HR_DEVELOPMENT",
            "FORM_RESEARCH_EXCHANGE",
            "FORM_INDUSTRY_EDUCATION");
    assertThat(parents.get("FORM_HR_DEVELOPMENT")).isNull();
    assertThat(childrenOf(parents, "FORM_HR_DEVELOPMENT"))
        .containsExactlyInAnyOrder(
            "FORM_CAPACITY_BUILDING",
            "FORM_EDUCATION",
            "FORM_TRAINING",
            "FORM_ACADEMIC_RESEARCH",
            "FORM_KNOWLEDGE_SHARING");

    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select code, name_id, name_en, kbli, isic, oecd_crs from cooperation_area")) {
      while (rs.next()) {
        String code = rs.getString("code");
        assertThat(code).as("area code").matches("AREA_[A-Z0-9_]+");
        assertThat(rs.getString("name_id")).as("name_id of %s", code).isNotBlank();
        assertThat(rs.getString("name_en")).as("name_en of %s", code).isNotBlank();
        String kbli = rs.getString("kbli");
        String isic = rs.getString("isic");
        String crs = rs.getString("oecd_crs");
        if (kbli != null) {
          assertThat(kbli).as("KBLI of %s", code).matches(KBLI);
        }
        if (isic != null) {
          assertThat(isic).as("ISIC of %s", code).matches(ISIC);
        }
        if (crs != null) {
          assertThat(crs).as("CRS of %s", code).matches(CRS);
        }
        if (kbli != null && isic != null) {
          int common = Math.min(3, Math.min(kbli.length(), isic.length()));
          assertThat(kbli.substring(0, common))
              .as("KBLI %s follows ISIC %s for %s", kbli, isic, code)
              .isEqualTo(isic.substring(0, common));
        }
      }
    }
  }

  private static List<String> childrenOf(Map<String, String> parents, String parent) {
    List<String> children = new ArrayList<>();
    parents.forEach(
        (code, parentCode) -> {
          if (parent.equals(parentCode)) {
            children.add(code);
          }
        });
    return children;
  }

  private static Map<String, String> rows(Connection connection, String sql) throws SQLException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2));
      }
    }
    return rows;
  }
}
