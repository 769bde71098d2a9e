package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.ApiTokens;
import org.kerangka.app.account.Role;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reaches the exports: a browser logged in on the pages (its session cookie; the pages link to
 * the files) and a personal API token; and none of the exports reveals the notes of a confidential
 * agreement, whatever the role.
 */
@RegistryTest
class ExportAccessTests {
  private static final String PASSWORD = "kopi tubruk di pagi hari";

  @Autowired private MockMvc mvc;
  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;
  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;

  private long id;
  private long party;
  private String secretWord;

  @BeforeEach
  void confidentialAgreement() {
    secretWord = "rahasia" + UUID.randomUUID().toString().substring(0, 6);
    party =
        organisations
            .save(
                Organisation.named(
                    "Lembaga Ekspor Rahasia " + UUID.randomUUID(),
                    null,
                    null,
                    OrganisationKind.COMPANY,
                    "ID"))
            .id();
    Agreement agreement = Agreement.draft(Instrument.MOU, "Nota ekspor rahasia uji", null);
    agreement.between(List.of(new AgreementParty(party, PartyRole.PARTY)));
    agreement.annotate("Harga kontrak " + secretWord, true);
    id = agreements.save(agreement).id();
  }

  @AfterEach
  void removeTheAgreement() {
    agreements.find(id).ifPresent(agreements::delete);
  }

  private String account(Role role) {
    String name = "x" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, PASSWORD, role, Set.of());
    return name;
  }

  @Test
  void aBrowserSessionFromThePagesDownloadsExportsButNotTheRestOfTheApi() throws Exception {
    String name = account(Role.VIEWER);
    MvcResult login =
        mvc.perform(
                post("/login")
                    .session(new MockHttpSession())
                    .with(csrf())
                    .param("username", name)
                    .param("password", PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    assertThat(session).isNotNull();
    mvc.perform(
            get("/api/v1/exports/agreements.csv")
                .param("organisation", "" + party)
                .session(session))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/exports/agreements/" + id + ".pdf").session(session))
        .andExpect(status().isOk());
    mvc.perform(get("/calendar.ics").session(session)).andExpect(status().isOk());
    // the rest of the API keeps taking tokens only
    mvc.perform(get("/api/v1/agreements").session(session)).andExpect(status().isUnauthorized());
    // no session, no token: 401, and no session is created for it
    MvcResult refused =
        mvc.perform(get("/api/v1/exports/agreements.csv"))
            .andExpect(status().isUnauthorized())
            .andReturn();
    assertThat(refused.getRequest().getSession(false)).isNull();
  }

  @Test
  void aTokenDownloadsExportsAndTheCalendar() throws Exception {
    String name = account(Role.VIEWER);
    String secret = tokens.create(name, "kalender", Duration.ofDays(1)).secret();
    mvc.perform(get("/calendar.ics").header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/exports/agreements.xlsx")
                .param("organisation", "" + party)
                .header("Authorization", "Bearer " + secret))
        .andExpect(status().isOk());
    mvc.perform(get("/calendar.ics").header("Authorization", "Bearer krg_nothing"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void noExportRevealsTheNotesOfAConfidentialAgreement() throws Exception {
    for (RequestPostProcessor who : List.of(user("v").roles("VIEWER"), user("a").roles("ADMIN"))) {
      String csv =
          body(get("/api/v1/exports/agreements.csv").param("organisation", "" + party), who);
      assertThat(csv).contains("Nota ekspor rahasia uji").doesNotContain(secretWord);
      byte[] xlsx =
          bytes(get("/api/v1/exports/agreements.xlsx").param("organisation", "" + party), who);
      assertThat(cells(xlsx)).contains("Nota ekspor rahasia uji").doesNotContain(secretWord);
      assertThat(body(get("/api/v1/exports/activities.csv").param("agreement", "" + id), who))
          .doesNotContain(secretWord);
      assertThat(body(get("/api/v1/exports/iati.xml").param("agreement", "" + id), who))
          .doesNotContain(secretWord);
      assertThat(pdfText(bytes(get("/api/v1/exports/agreements/" + id + ".pdf"), who)))
          .contains("Notaeksporrahasiauji")
          .doesNotContain(secretWord);
      assertThat(pdfText(bytes(get("/api/v1/exports/agreements/" + id + "/dossier.pdf"), who)))
          .doesNotContain(secretWord);
      assertThat(body(get("/perjanjian/" + id + "/dosier"), who))
          .contains("Nota ekspor rahasia uji")
          .doesNotContain(secretWord);
    }
  }

  private String body(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor who)
      throws Exception {
    return new String(bytes(request, who), StandardCharsets.UTF_8);
  }

  private byte[] bytes(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static String cells(byte[] xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell.toString()).append('\t');
          }
        }
      }
    }
    return text.toString();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page));
      }
      return text.toString().replaceAll("\\s+", "");
    } finally {
      reader.close();
    }
  }
}
