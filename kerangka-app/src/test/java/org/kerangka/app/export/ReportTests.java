package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
class ReportTests {
  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;
  private ExportFixtures fixtures;
  private long cn;

  @BeforeEach
  void records() {
    fixtures = new ExportFixtures(jdbc);
    cn = fixtures.agreementWith("CN");
    fixtures.solarTraining(cn);
  }

  @AfterEach
  void clean() {
    fixtures.clean();
  }

  @Test
  void agreementReportHasItsDatesPartiesActivitiesAndIndicators() throws Exception {
    Pdf pdf = pdf("/api/v1/exports/agreements/" + cn + ".pdf");
    assertThat(pdf.pages()).isBetween(1, 3);
    assertThat(pdf.text())
        .contains(squash("Kementerian Perindustrian dan Teknologi Informasi"))
        .contains(squash("Agus Gumiwang Kartasasmita"))
        .contains(squash("8 September 2023"))
        .contains(squash("7 September 2028")) // expiry
        .contains(squash("7 September 2027")) // review start
        .contains(squash("industri fotovoltaik surya"))
        .contains(squash("WahanaNews.co"))
        .contains(squash("Pelatihan teknisi panel surya"))
        .contains(squash("Teknisi tersertifikasi"))
        .contains(squash("Bidang kerja sama"));
  }

  @Test
  void reportsFollowTheLanguageOfTheRequest() throws Exception {
    String text = pdf("/api/v1/exports/agreements/" + cn + ".pdf?lang=en").text();
    assertThat(text).contains(squash("Cooperation areas")).contains(squash("7 September 2028"));
    assertThat(text).doesNotContain(squash("Bidang kerja sama"));
  }

  @Test
  void countryReportListsEveryAgreementWithThatCountryAndCountsThemByStatus() throws Exception {
    fixtures.agreement("LOI", "Surat minat tanpa pihak");
    Pdf pdf = pdf("/api/v1/exports/countries/cn.pdf");
    assertThat(pdf.pages()).isEqualTo(1);
    assertThat(pdf.text())
        .contains(squash("Kerja sama dengan Tiongkok"))
        .contains(squash("Ringkasan status"))
        .contains(squash("Berlaku"))
        .contains(squash("Kementerian Perindustrian dan Teknologi Informasi"))
        .doesNotContain(squash("Surat minat tanpa pihak"))
        .doesNotContain(squash("Perdagangan, Perindustrian"));
  }

  @Test
  void aLongCountryReportRunsOverSeveralPages() throws Exception {
    long party = fixtures.organisationIn("KR");
    for (int i = 0; i < 60; i++) {
      long id = fixtures.agreement("MOU", "Nota kesepahaman uji halaman nomor " + i);
      jdbc.sql(
              "insert into agreement_party (agreement_id, idx, organisation_id, role)"
                  + " values (:a, 0, :o, 'PARTY')")
          .param("a", id)
          .param("o", party)
          .update();
    }
    Pdf pdf = pdf("/api/v1/exports/countries/KR.pdf");
    assertThat(pdf.pages()).isGreaterThan(1);
    assertThat(pdf.text()).contains(squash("nomor 0")).contains(squash("nomor 59"));
  }

  @Test
  void unknownAgreementOrMalformedCountryIsAProblemNotAFile() throws Exception {
    mvc.perform(get("/api/v1/exports/agreements/999999.pdf"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/exports/countries/CHN.pdf"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("country"));
  }

  @Test
  void dossierPageShowsWorkDoneAndTheOptionsWithTheirDates() throws Exception {
    mvc.perform(get("/perjanjian/" + cn + "/dosier"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Dosier pembaruan"),
                        containsString("Pelatihan teknisi panel surya"),
                        containsString("Teknisi tersertifikasi"),
                        containsString("76%"), // 38 of 50 from a baseline of 0
                        containsString("penyandang dana"),
                        containsString("Jumlah peserta kegiatan: 40 orang"),
                        containsString("WahanaNews.co"),
                        containsString("Dibiarkan berakhir"),
                        containsString("id=\"option-EXTEND\""),
                        // extended by the same five-year term, or replaced the day after expiry
                        containsString("7 September 2033"),
                        containsString("dossier.pdf"))));
    mvc.perform(get("/perjanjian/" + cn + "/dosier").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Renewal dossier"),
                        containsString("Let it lapse"),
                        containsString("7 September 2033"))));
  }

  @Test
  void dossierPdfCarriesTheSameOptions() throws Exception {
    Pdf pdf = pdf("/api/v1/exports/agreements/" + cn + "/dossier.pdf");
    assertThat(pdf.text())
        .contains(squash("Dosier pembaruan"))
        .contains(squash("Diperpanjang"))
        .contains(squash("7 September 2033"))
        .contains(squash("Teknisi tersertifikasi"))
        .contains(squash("76%"));
  }

  @Test
  void pagesLinkToTheExports() throws Exception {
    mvc.perform(get("/perjanjian/" + cn))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("/api/v1/exports/agreements/" + cn + ".pdf"),
                        containsString("/perjanjian/" + cn + "/dosier"))));
    mvc.perform(get("/perjanjian").param("country", "CN"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("/api/v1/exports/agreements.csv?country=CN"),
                        containsString("/api/v1/exports/countries/CN.pdf"))));
    // without filters, the links carry none (no empty parameters)
    mvc.perform(get("/perjanjian"))
        .andExpect(content().string(containsString("href=\"/api/v1/exports/agreements.csv\"")));
    long organisation = fixtures.organisationIn("CN");
    mvc.perform(get("/organisasi/" + organisation))
        .andExpect(content().string(containsString("/api/v1/exports/countries/CN.pdf")));
  }

  @Test
  void unknownAgreementDossierIsANotFoundPage() throws Exception {
    mvc.perform(get("/perjanjian/999999/dosier"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
  }

  /**
   * A PDF's page count and its text without whitespace: text extraction joins table cells and
   * breaks lines where the layout wraps them, so words are compared without the spaces between.
   */
  record Pdf(int pages, String text) {}

  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  private Pdf pdf(String path) throws Exception {
    byte[] body =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PdfReader reader = new PdfReader(body)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return new Pdf(reader.getNumberOfPages(), squash(text.toString()));
    }
  }
}
