package org.kerangka.app.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.CaptureTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The documents and review API, and the review and upload pages, through MockMvc. */
@CaptureTest
@WithMockUser(
    username = "tester",
    roles = {"EDITOR", "REVIEWER"})
class ReviewApiTests {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;

  @BeforeEach
  void clean() {
    CaptureFixtures.clean(jdbc);
  }

  private String wireBody() {
    return JSON.writeValueAsString(
        java.util.Map.of(
            "text", CaptureFixtures.read(CaptureFixtures.WIRE + ".txt"),
            "outlet", "Nusantara Wire Service",
            "url", "https://wire.example.org/2023/09/09/mous",
            "lang", "en",
            "published", "2023-09-09"));
  }

  @Test
  void postingADocumentStoresItOnceAndPutsItsAgreementsInTheQueue() throws Exception {
    String location =
        mvc.perform(
                post("/api/v1/documents")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(wireBody()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.created").value(true))
            .andExpect(jsonPath("$.agreements").value(2))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(
            post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).content(wireBody()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(false))
        .andExpect(header().doesNotExist("Location"));
    // stored once, and once in the audit trail, for the user who posted it
    String documentId = location.substring(location.lastIndexOf('/') + 1);
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql(
                    "select actor || ' ' || action from audit_event"
                        + " where entity = 'capture_document' and entity_id = :id")
                .param("id", documentId)
                .query(String.class)
                .list())
        .containsExactly("tester CREATE");
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outlet").value("Nusantara Wire Service"))
        .andExpect(jsonPath("$.mentions.length()").value(2))
        .andExpect(jsonPath("$.mentions[0].groupId").isNumber());
    mvc.perform(get("/api/v1/review/groups"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[*].sources", hasItem(1)));
  }

  @Test
  void anHtmlPageIsReadThroughItsArticleText() throws Exception {
    String text = CaptureFixtures.read(CaptureFixtures.WIRE + ".txt");
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>Wire</title><link rel=canonical"
                + " href='https://wire.example.org/a'><script>var x = 'MoU';</script></head><body>"
                + "<nav>Home | Business</nav><article>");
    for (String paragraph : text.split("\n\n")) {
      html.append("<p>")
          .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</p>");
    }
    html.append("</article><footer>(c) Wire</footer></body></html>");
    mvc.perform(
            post("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(java.util.Map.of("html", html.toString()))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.agreements").value(2));
    String id = jdbc.sql("select max(id) from capture_document").query(String.class).single();
    mvc.perform(get("/api/v1/documents/" + id))
        .andExpect(jsonPath("$.url").value("https://wire.example.org/a"))
        .andExpect(jsonPath("$.text", containsString("State Palace")))
        .andExpect(jsonPath("$.text", org.hamcrest.Matchers.not(containsString("var x"))))
        .andExpect(
            jsonPath("$.text", org.hamcrest.Matchers.not(containsString("Home | Business"))));
  }

  @Test
  void badDocumentsAreProblemsWithTheField() throws Exception {
    mvc.perform(post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    mvc.perform(
            post("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"a\", \"html\": \"<p>b</p>\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    mvc.perform(
            post("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Berita\", \"lang\": \"fr\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lang"));
    mvc.perform(
            post("/api/v1/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Berita\", \"published\": \"8/9\"}"))
        .andExpect(status().isBadRequest());
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from capture_document").query(Integer.class).single())
        .isZero();
  }

  @Test
  void decisionsThroughTheApi() throws Exception {
    mvc.perform(
            post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).content(wireBody()))
        .andExpect(status().isCreated());
    String queue =
        mvc.perform(get("/api/v1/review/groups")).andReturn().getResponse().getContentAsString();
    long first = JSON.readTree(queue).get(0).get("id").asLong();
    long second = JSON.readTree(queue).get(1).get("id").asLong();

    mvc.perform(get("/api/v1/review/groups/" + first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(
            jsonPath("$.fields[?(@.code == 'signedOn')].options[0].value").value("2023-09-08"))
        .andExpect(
            jsonPath("$.fields[?(@.code == 'signedOn')].options[0].sources[0].evidence")
                .value(hasItem(containsString("signed"))));
    mvc.perform(
            post("/api/v1/review/groups/" + first + "/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\": {\"signedOn\": 7}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("fields.signedOn"));
    mvc.perform(
            post("/api/v1/review/groups/" + first + "/accept")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\": {\"colour\": 0}}"))
        .andExpect(status().isBadRequest());
    String accepted =
        mvc.perform(post("/api/v1/review/groups/" + first + "/accept"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("ACCEPTED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String href = JSON.readTree(accepted).get("href").asString();
    mvc.perform(get(href))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sources[0].outlet").value("Nusantara Wire Service"));
    mvc.perform(post("/api/v1/review/groups/" + first + "/accept"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    mvc.perform(
            post("/api/v1/review/groups/" + second + "/reject")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            post("/api/v1/review/groups/" + second + "/merge")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"agreementId\": 999999}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("agreementId"));
    mvc.perform(
            post("/api/v1/review/groups/" + second + "/reject")
                .with(user("editor-only").roles("EDITOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"duplicate of a press release we hold\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/review/groups/" + second + "/reject")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"duplicate of a press release we hold\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"));
    // both decisions are in the audit trail with the reviewer's name
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql(
                    "select actor, action, after_json from audit_event"
                        + " where entity = 'review_decision' order by seq desc fetch first 2 rows only")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list())
        .satisfiesExactly(
            reject ->
                org.assertj.core.api.Assertions.assertThat(reject)
                    .startsWith("tester REJECT")
                    .contains("\"reviewer\":\"tester\"")
                    .contains("\"groupId\":" + second),
            accept ->
                org.assertj.core.api.Assertions.assertThat(accept)
                    .startsWith("tester ACCEPT")
                    .contains("\"reviewer\":\"tester\"")
                    .contains("\"groupId\":" + first));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select reviewer from review_decision where group_id in (:g) order by id")
                .param("g", java.util.List.of(first, second))
                .query(String.class)
                .list())
        .containsExactly("tester", "tester");
    mvc.perform(get("/api/v1/review/groups").param("status", "REJECTED"))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/api/v1/review/groups").param("status", "MAYBE"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/review/groups/999999")).andExpect(status().isNotFound());
  }

  @Test
  void theReviewPagesShowTheEvidenceInBothLanguages() throws Exception {
    mvc.perform(
        post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).content(wireBody()));
    long group = jdbc.sql("select min(id) from capture_group").query(Long.class).single();
    mvc.perform(get("/tinjauan"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tinjauan berita")))
        .andExpect(content().string(containsString("/tinjauan/" + group)));
    mvc.perform(get("/tinjauan/" + group).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Accept as a new agreement")))
        .andExpect(content().string(containsString("<mark")))
        .andExpect(content().string(containsString("Signing date")));
    mvc.perform(post("/tinjauan/" + group + "/tolak").with(csrf()).param("reason", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Tuliskan alasan penolakan")));
    mvc.perform(post("/tinjauan/" + group + "/gabung").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Pilih perjanjian")));
    mvc.perform(post("/tinjauan/" + group + "/terima").with(csrf()).param("field.signedOn", "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/perjanjian/")));
    mvc.perform(post("/tinjauan/" + group + "/terima").with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("sudah diputuskan")));
  }

  @Test
  void uploadsAreStoredAndBadUploadsExplainedOnThePage() throws Exception {
    byte[] text =
        CaptureFixtures.read(CaptureFixtures.WIRE + ".txt").getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/dokumen")
                .with(csrf())
                .file(new MockMultipartFile("file", "wire.txt", "text/plain", text))
                .param("outlet", "Nusantara Wire Service")
                .param("published", "2023-09-09"))
        .andExpect(status().is3xxRedirection());
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select outlet from capture_document").query(String.class).list())
        .containsExactly("Nusantara Wire Service");
    mvc.perform(
            multipart("/dokumen")
                .with(csrf())
                .file(
                    new MockMultipartFile("file", "photo.txt", "text/plain", new byte[] {1, 0, 2})))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("binary file")));
    mvc.perform(
            multipart("/dokumen")
                .with(csrf())
                .file(
                    new MockMultipartFile(
                        "file",
                        "crawl.warc.gz",
                        "application/gzip",
                        new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3})))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Berkas tidak dapat dibaca")));
    mvc.perform(
            multipart("/dokumen")
                .with(csrf())
                .file(
                    new MockMultipartFile("file", "sheet.xlsx", "application/octet-stream", text)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Jenis berkas tidak dikenal")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from capture_document").query(Integer.class).single())
        .isEqualTo(1);
  }
}
