package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class TableExportTests {
  private static final String EVIL = "=HYPERLINK(\"http://evil.example/x\",\"Klik\")";

  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;
  private ExportFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ExportFixtures(jdbc);
  }

  @AfterEach
  void clean() {
    fixtures.clean();
  }

  @Test
  void agreementsCsvStartsWithAByteOrderMarkAndHonoursTheCountryFilter() throws Exception {
    byte[] body =
        mvc.perform(get("/api/v1/exports/agreements.csv").param("country", "cn"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(
                header().string("Content-Disposition", "attachment; filename=\"perjanjian.csv\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = csv(body);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(0)).isEqualTo("id");
    CSVRecord mou = rows.get(1);
    assertThat(field(rows, mou, "party_countries")).isEqualTo("ID; CN");
    assertThat(field(rows, mou, "expires_on")).isEqualTo("2028-09-07");
    assertThat(field(rows, mou, "review_starts_on")).isEqualTo("2027-09-07");
    assertThat(field(rows, mou, "signatories")).contains("Agus Gumiwang Kartasasmita");
    assertThat(field(rows, mou, "areas")).contains("industri perkapalan");

    List<CSVRecord> korea =
        csv(
            mvc.perform(get("/api/v1/exports/agreements.csv").param("country", "KR"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(korea).hasSize(2);
    assertThat(field(korea, korea.get(1), "party_countries")).isEqualTo("ID; KR");
    assertThat(field(korea, korea.get(1), "id")).isNotEqualTo(field(rows, mou, "id"));
  }

  @Test
  void statusAndInstrumentFiltersSelectTheSameAgreementsAsTheListApi() throws Exception {
    fixtures.agreement("LOI", "Surat minat uji ekspor");
    List<CSVRecord> lois =
        csv(
            mvc.perform(get("/api/v1/exports/agreements.csv").param("instrument", "LOI"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(lois).hasSize(2);
    assertThat(field(lois, lois.get(1), "title_id")).isEqualTo("Surat minat uji ekspor");
    List<CSVRecord> expired =
        csv(
            mvc.perform(
                    get("/api/v1/exports/agreements.csv")
                        .param("status", "EXPIRED")
                        .param("on", "2029-01-01"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(expired).hasSizeGreaterThan(1);
    for (CSVRecord row : expired.subList(1, expired.size())) {
      assertThat(field(expired, row, "status")).isEqualTo("EXPIRED");
      assertThat(field(expired, row, "status_on")).isEqualTo("2029-01-01");
    }
  }

  @Test
  void aTitleThatLooksLikeAFormulaStaysTextInCsv() throws Exception {
    fixtures.agreement("PROTOCOL", EVIL);
    fixtures.agreement("PROTOCOL", "-1+2");
    List<CSVRecord> rows =
        csv(
            mvc.perform(
                    get("/api/v1/exports/agreements.csv")
                        .param("instrument", "PROTOCOL")
                        .param("sort", "title,asc"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    List<String> titles = new ArrayList<>();
    rows.subList(1, rows.size()).forEach(r -> titles.add(field(rows, r, "title_id")));
    assertThat(titles).containsExactlyInAnyOrder("'" + EVIL, "'-1+2");
  }

  @Test
  void xlsxOpensWithPoiAndHasNoFormulaCells() throws Exception {
    fixtures.agreement("PROTOCOL", EVIL);
    byte[] body =
        mvc.perform(get("/api/v1/exports/agreements.xlsx"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(ExportController.XLSX))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
      // header and one row per agreement (the demo MoUs, the protocol, and those other test
      // classes sharing the registry hold at the moment)
      assertThat(sheet.getLastRowNum())
          .isEqualTo(
              jdbc.sql("select count(*) from agreement").query(Integer.class).single().intValue());
      List<String> titles = new ArrayList<>();
      int cells = 0;
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells++;
          assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
        }
        if (row.getRowNum() > 0) {
          titles.add(row.getCell(2).getStringCellValue());
          assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
      }
      assertThat(cells).isGreaterThan(40);
      assertThat(titles).contains(EVIL);
    }
  }

  @Test
  void activitiesExportListsTheRecordsUnderTheChosenAgreement() throws Exception {
    long cn = fixtures.agreementWith("CN");
    long kr = fixtures.agreementWith("KR");
    long training = fixtures.solarTraining(cn);
    fixtures.transaction(training, 0, "DISBURSEMENT", LocalDate.of(2024, 4, 1), "100000000");
    fixtures.transaction(training, 1, "EXPENDITURE", LocalDate.of(2024, 5, 1), "25000000.50");
    fixtures.activity(
        kr,
        "@SUM(A1) dialog kebijakan",
        "PIPELINE",
        "FORM_POLICY_DIALOGUE",
        "AREA_POLICY_REGULATION",
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 2, 1),
        null);

    List<CSVRecord> rows =
        csv(
            mvc.perform(get("/api/v1/exports/activities.csv").param("agreement", "" + cn))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(rows).hasSize(2);
    CSVRecord row = rows.get(1);
    assertThat(field(rows, row, "title")).isEqualTo("Pelatihan teknisi panel surya");
    assertThat(field(rows, row, "activity_form")).isEqualTo("Pelatihan");
    assertThat(field(rows, row, "cooperation_area")).isEqualTo("Industri fotovoltaik surya");
    assertThat(field(rows, row, "oecd_crs")).isEqualTo("23230");
    assertThat(field(rows, row, "spent")).isEqualTo("125000000.50");
    assertThat(field(rows, row, "participants")).isEqualTo("40");
    assertThat(field(rows, row, "organisations")).endsWith("(FUNDING)");
    assertThat(field(rows, row, "indicators")).isEqualTo("Teknisi tersertifikasi: 38 / 50");

    List<CSVRecord> english =
        csv(
            mvc.perform(
                    get("/api/v1/exports/activities.csv")
                        .param("agreement", "" + cn)
                        .param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(field(english, english.get(1), "activity_form")).isEqualTo("Training");

    List<CSVRecord> pipeline =
        csv(
            mvc.perform(get("/api/v1/exports/activities.csv").param("status", "PIPELINE"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(pipeline).hasSize(2);
    assertThat(field(pipeline, pipeline.get(1), "title")).isEqualTo("'@SUM(A1) dialog kebijakan");

    List<CSVRecord> korea =
        csv(
            mvc.perform(get("/api/v1/exports/activities.xlsx").param("country", "KR"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            true);
    assertThat(korea).hasSize(2);
  }

  @Test
  void activitiesAreReadInBatchesAndNoneIsLostAtABatchBoundary() throws Exception {
    long agreement = fixtures.agreement("AGREEMENT", "Perjanjian dengan banyak kegiatan");
    int count = 2 * Activities.BATCH + 1;
    for (int i = 0; i < count; i++) {
      jdbc.sql(
              "insert into activity (version, agreement_id, level, title, status)"
                  + " values (0, :a, 'ACTIVITY', :t, 'PIPELINE')")
          .param("a", agreement)
          .param("t", "Kegiatan " + i)
          .update();
    }
    try {
      List<CSVRecord> rows =
          csv(
              mvc.perform(get("/api/v1/exports/activities.csv").param("agreement", "" + agreement))
                  .andReturn()
                  .getResponse()
                  .getContentAsByteArray());
      assertThat(rows).hasSize(count + 1);
      List<String> titles = new ArrayList<>();
      rows.subList(1, rows.size()).forEach(r -> titles.add(field(rows, r, "title")));
      assertThat(titles).doesNotHaveDuplicates().contains("Kegiatan 0", "Kegiatan " + (count - 1));
    } finally {
      jdbc.sql("delete from activity where agreement_id = :a").param("a", agreement).update();
    }
  }

  @Test
  void badFilterParametersAreProblemsNamingTheField() throws Exception {
    expectProblem("/api/v1/exports/agreements.csv", "status", "NOPE", "status");
    expectProblem("/api/v1/exports/agreements.xlsx", "country", "CHN", "country");
    expectProblem("/api/v1/exports/agreements.csv", "sort", "colour,asc", "sort");
    expectProblem("/api/v1/exports/agreements.csv", "signedFrom", "8/9/2023", "signedFrom");
    expectProblem("/api/v1/exports/agreements.csv", "instrument", "TREATY", "instrument");
    expectProblem("/api/v1/exports/activities.csv", "status", "DONE", "status");
    expectProblem("/api/v1/exports/activities.xlsx", "agreement", "abc", "agreement");
    expectProblem("/api/v1/exports/iati.xml", "country", "1", "country");
  }

  private void expectProblem(String path, String name, String value, String field)
      throws Exception {
    mvc.perform(get(path).param(name, value))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  private static String field(List<CSVRecord> rows, CSVRecord row, String column) {
    return row.get(rows.get(0).toList().indexOf(column));
  }

  private static List<CSVRecord> csv(byte[] body) throws Exception {
    return csv(body, false);
  }

  /** Rows of a CSV export, or of the first sheet of an XLSX export read back as text. */
  private static List<CSVRecord> csv(byte[] body, boolean xlsx) throws Exception {
    String text;
    if (xlsx) {
      StringBuilder out = new StringBuilder();
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
        for (Row row : workbook.getSheetAt(0)) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(c.toString()));
          out.append(CSVFormat.RFC4180.format(cells.toArray())).append("\r\n");
        }
      }
      text = out.toString();
    } else {
      text = new String(body, StandardCharsets.UTF_8).substring(1); // after the byte order mark
    }
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }
}
