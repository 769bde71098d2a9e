package org.kerangka.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class SearchApiTests {
  @Autowired private MockMvc mvc;
  @Autowired private Search search;
  @Autowired private JdbcClient jdbc;
  @Autowired private AgreementService agreements;
  @Autowired private PlatformTransactionManager tx;

  private long agreementWith(String country) {
    return jdbc.sql(
            "select p.agreement_id from agreement_party p join organisation o"
                + " on o.id = p.organisation_id where o.country = :c order by 1")
        .param("c", country)
        .query(Long.class)
        .list()
        .get(0);
  }

  private List<Long> agreementIds(String query) {
    return search.search(query, 20).stream()
        .filter(h -> h.kind().equals("agreement"))
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void everyNameOfChinaFindsTheMiitMou() {
    long miit = agreementWith("CN");
    for (String name : List.of("Tiongkok", "RRT", "China", "中国", "Republik Rakyat Tiongkok")) {
      assertThat(agreementIds(name)).as(name).contains(miit);
    }
  }

  @Test
  void chineseNamesDoNotFindTheKoreanMou() {
    long motie = agreementWith("KR");
    for (String name : List.of("Tiongkok", "RRT", "中国")) {
      assertThat(agreementIds(name)).as(name).doesNotContain(motie);
    }
  }

  @Test
  void koreanNamesFindTheKoreanMouOnly() {
    long motie = agreementWith("KR");
    for (String name : List.of("Korsel", "Korea Selatan", "South Korea", "대한민국")) {
      assertThat(agreementIds(name)).as(name).contains(motie).doesNotContain(agreementWith("CN"));
    }
  }

  @Test
  void hanCharactersOfANameMatchOnlyTogether() {
    assertThat(agreementIds("国中")).isEmpty();
    assertThat(search.search("中国", 20))
        .anySatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>中国</mark>"));
  }

  @Test
  void snippetsDoNotStartOrEndWithASeparator() {
    assertThat(search.search("fotovoltaik", 20))
        .allSatisfy(h -> assertThat(h.snippetHtml()).doesNotStartWith("·").doesNotEndWith("·"));
  }

  @Test
  void anAreaWordFindsTheMiitMouWithTheWordMarked() {
    List<SearchHit> hits = search.search("fotovoltaik", 20);
    SearchHit hit =
        hits.stream().filter(h -> h.id() == agreementWith("CN")).findFirst().orElseThrow();
    assertThat(hit.kind()).isEqualTo("agreement");
    assertThat(hit.snippetHtml()).contains("<mark>fotovoltaik</mark>");
  }

  @Test
  void aSignatorysNameFindsTheKoreanMouAndThePerson() {
    List<SearchHit> hits = search.search("Ahn Dukgeun", 20);
    assertThat(hits)
        .anySatisfy(h -> assertThat(h.id()).isEqualTo(agreementWith("KR")))
        .anySatisfy(
            h -> {
              assertThat(h.kind()).isEqualTo("person");
              assertThat(h.title()).isEqualTo("Ahn Dukgeun");
            });
  }

  @Test
  void stemmedAndUnstemmedFormsBothMatch() {
    assertThat(agreementIds("perindustrian")).hasSize(2);
    assertThat(agreementIds("industri perkapalan")).containsExactly(agreementWith("CN"));
  }

  @Test
  void querySyntaxIsTakenLiterally() {
    for (String query :
        List.of(
            "\"(", "(", ")", "*", "?", "AND", "OR NOT", "a:b", "~", "[", "{}", "\\", "/", "!")) {
      assertThat(search.search(query, 20)).as(query).isNotNull();
    }
    assertThat(search.search("\"(", 20)).isEmpty();
  }

  @Test
  void snippetsEscapeHtml() {
    assertThat(search.search("Kementerian", 20))
        .allSatisfy(
            h ->
                assertThat(h.snippetHtml().replace("<mark>", "").replace("</mark>", ""))
                    .doesNotContain("<", ">"));
  }

  @Test
  void restApiReturnsHitsWithLinks() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "Tiongkok").param("limit", "5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").exists())
        .andExpect(jsonPath("$[0].snippetHtml").exists())
        .andExpect(
            jsonPath("$[?(@.kind == 'agreement')].href")
                .value(org.hamcrest.Matchers.hasItem("/api/v1/agreements/" + agreementWith("CN"))));
  }

  @Test
  void blankQueryIsAProblem() throws Exception {
    for (String q : List.of("", "   ")) {
      mvc.perform(get("/api/v1/search").param("q", q))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(get("/api/v1/search"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/search").param("q", "x").param("limit", "0"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAgreementCreatedThroughTheApiIsFoundAndGoneOnceDeleted() throws Exception {
    String body =
        """
        {"instrument": "MOU", "titleId": "Nota Kesepahaman Zebrafisika",
         "parties": [{"organisationId": %d}], "areas": [{"label": "riset kuantum"}]}
        """
            .formatted(jdbc.sql("select min(id) from organisation").query(Long.class).single());
    String location =
        mvc.perform(
                post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(agreementIds("zebrafisika")).containsExactly(id);
    assertThat(agreementIds("kuantum")).containsExactly(id);

    mvc.perform(delete(location).header("If-Match", "\"0\"")).andExpect(status().isNoContent());
    assertThat(agreementIds("zebrafisika")).isEmpty();
  }

  @Test
  void aRolledBackChangeNeverReachesTheIndex() {
    long organisation = jdbc.sql("select min(id) from organisation").query(Long.class).single();
    new TransactionTemplate(tx)
        .executeWithoutResult(
            status -> {
              Agreement draft = Agreement.draft(Instrument.MOU, "Perjanjian Uburubu", null);
              draft.between(List.of(new AgreementParty(organisation, PartyRole.PARTY)));
              agreements.save(draft);
              status.setRollbackOnly();
            });
    assertThat(search.search("uburubu", 20)).isEmpty();
  }

  @Test
  void confidentialNotesAreNotSearchable() throws Exception {
    long organisation = jdbc.sql("select min(id) from organisation").query(Long.class).single();
    Agreement draft = Agreement.draft(Instrument.MOU, "Perjanjian Rahasia", null);
    draft.between(List.of(new AgreementParty(organisation, PartyRole.PARTY)));
    draft.annotate("kata sandi gurita", true);
    long id = agreements.save(draft).id();
    assertThat(agreementIds("rahasia")).contains(id);
    assertThat(search.search("gurita", 20)).isEmpty();
    agreements.delete(agreements.require(id));
    assertThat(agreementIds("rahasia")).doesNotContain(id);
  }
}
