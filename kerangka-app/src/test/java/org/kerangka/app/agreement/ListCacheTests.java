package org.kerangka.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.web.RegistryGeneration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages of the agreement list and search hits are cached per registry generation: every write,
 * through the API, the repositories or plain SQL, makes the next read see it.
 */
@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class ListCacheTests {
  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;

  private String list(String organisation) throws Exception {
    return mvc.perform(
            get("/api/v1/agreements")
                .param("organisation", organisation)
                .param("sort", "title,asc")
                .param("size", "200"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private List<String> titles(String organisation) throws Exception {
    return JsonPath.read(list(organisation), "$.items[*].titleId");
  }

  private List<String> searchTitles(String q) throws Exception {
    return JsonPath.read(
        mvc.perform(get("/api/v1/search").param("q", q))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$[*].title");
  }

  @Test
  void readingDoesNotChangeTheGeneration() throws Exception {
    String organisation =
        String.valueOf(jdbc.sql("select min(id) from organisation").query(Long.class).single());
    list(organisation);
    long before = RegistryGeneration.current();
    String first = list(organisation);
    String again = list(organisation);
    mvc.perform(get("/api/v1/search").param("q", "Jepang")).andExpect(status().isOk());
    assertThat(RegistryGeneration.current()).isEqualTo(before);
    assertThat(again).isEqualTo(first);
  }

  @Test
  void everyKindOfWriteIsSeenByTheNextRead() throws Exception {
    long organisationId = jdbc.sql("select min(id) from organisation").query(Long.class).single();
    String organisation = String.valueOf(organisationId);
    List<String> before = titles(organisation);
    assertThat(searchTitles("Kuaksaurus")).isEmpty();

    // created through the API
    String location =
        mvc.perform(
                post("/api/v1/agreements")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"instrument": "MOU", "titleId": "AAA Nota Kuaksaurus",
                         "parties": [{"organisationId": %d}]}
                        """
                            .formatted(organisationId)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    try {
      assertThat(titles(organisation)).hasSize(before.size() + 1).contains("AAA Nota Kuaksaurus");
      assertThat(searchTitles("Kuaksaurus")).containsExactly("AAA Nota Kuaksaurus");

      // changed through the API
      mvc.perform(
              put(location)
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"instrument": "MOU", "titleId": "AAA Nota Kuaksaurus Baru",
                       "parties": [{"organisationId": %d}]}
                      """
                          .formatted(organisationId)))
          .andExpect(status().isOk());
      assertThat(titles(organisation))
          .contains("AAA Nota Kuaksaurus Baru")
          .doesNotContain("AAA Nota Kuaksaurus");

      // changed with plain SQL, past the repositories
      jdbc.sql("update agreement set title_id = 'AAA Nota Kuaksaurus SQL' where id = :id")
          .param("id", id)
          .update();
      assertThat(titles(organisation)).contains("AAA Nota Kuaksaurus SQL");

      // a name the page shows changes too
      String name = "Organisasi Kuaksaurus";
      String oldName =
          jdbc.sql("select name_id from organisation where id = :id")
              .param("id", organisationId)
              .query(String.class)
              .single();
      jdbc.sql("update organisation set name_id = :name where id = :id")
          .param("name", name)
          .param("id", organisationId)
          .update();
      try {
        assertThat(list(organisation)).contains(name);
      } finally {
        jdbc.sql("update organisation set name_id = :name where id = :id")
            .param("name", oldName)
            .param("id", organisationId)
            .update();
      }
      assertThat(list(organisation)).doesNotContain(name);
    } finally {
      mvc.perform(delete(location).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
    }
    assertThat(titles(organisation)).isEqualTo(before);
    assertThat(searchTitles("Kuaksaurus")).isEmpty();
  }
}
