package org.kerangka.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint and page against every role and anonymous, driven by the {@link AccessRules} table
 * and one sample request per endpoint below: what the table allows must not be refused (no 401/403,
 * no redirect to the login page); what it does not allow must be refused — 401 (anonymous) or 403
 * on the API, the login page (anonymous) or 403 on pages.
 *
 * <p>To add an endpoint: add its row to {@link AccessRules#RULES} and a sample here, keyed by the
 * method and the pattern of its {@code @...Mapping} as Spring reports it ({@code "GET
 * /api/v1/agreements/{id}"}). Samples must not change data when allowed: use an unknown id or an
 * invalid body, so the answer is 400/404/422 after the access check.
 */
@RegistryTest
class AccessMatrixTests {
  private static final String NONE = "999999";

  /** A request that exercises an endpoint: method, concrete path and an optional JSON body. */
  record Sample(HttpMethod method, String path, @Nullable String json) {}

  /** One sample per endpoint ("METHOD pattern" as Spring's handler mapping names it). */
  static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

  static {
    // REST API
    sample("GET /api/v1/agreements", HttpMethod.GET, "/api/v1/agreements", null);
    sample("GET /api/v1/agreements/{id}", HttpMethod.GET, "/api/v1/agreements/" + NONE, null);
    sample("POST /api/v1/agreements", HttpMethod.POST, "/api/v1/agreements", "{}");
    sample("PUT /api/v1/agreements/{id}", HttpMethod.PUT, "/api/v1/agreements/" + NONE, "{}");
    sample("DELETE /api/v1/agreements/{id}", HttpMethod.DELETE, "/api/v1/agreements/" + NONE, null);
    sample(
        "POST /api/v1/agreements/{id}/lifecycle-events",
        HttpMethod.POST,
        "/api/v1/agreements/" + NONE + "/lifecycle-events",
        "{}");
    sample("GET /api/v1/organisations", HttpMethod.GET, "/api/v1/organisations", null);
    sample("GET /api/v1/organisations/{id}", HttpMethod.GET, "/api/v1/organisations/" + NONE, null);
    sample("POST /api/v1/organisations", HttpMethod.POST, "/api/v1/organisations", "{}");
    sample("PUT /api/v1/organisations/{id}", HttpMethod.PUT, "/api/v1/organisations/" + NONE, "{}");
    sample("GET /api/v1/persons/{id}", HttpMethod.GET, "/api/v1/persons/" + NONE, null);
    sample("GET /api/v1/events/{id}", HttpMethod.GET, "/api/v1/events/" + NONE, null);
    sample("GET /api/v1/search", HttpMethod.GET, "/api/v1/search?q=mou", null);
    // implementation records
    sample(
        "GET /api/v1/agreements/{id}/activities",
        HttpMethod.GET,
        "/api/v1/agreements/" + NONE + "/activities",
        null);
    sample(
        "POST /api/v1/agreements/{id}/activities",
        HttpMethod.POST,
        "/api/v1/agreements/" + NONE + "/activities",
        "{}");
    sample("GET /api/v1/activities/{id}", HttpMethod.GET, "/api/v1/activities/" + NONE, null);
    sample("PUT /api/v1/activities/{id}", HttpMethod.PUT, "/api/v1/activities/" + NONE, "{}");
    sample("DELETE /api/v1/activities/{id}", HttpMethod.DELETE, "/api/v1/activities/" + NONE, null);
    sample(
        "GET /api/v1/activities/{id}/indicators",
        HttpMethod.GET,
        "/api/v1/activities/" + NONE + "/indicators",
        null);
    sample(
        "POST /api/v1/activities/{id}/indicators",
        HttpMethod.POST,
        "/api/v1/activities/" + NONE + "/indicators",
        "{}");
    sample(
        "GET /api/v1/activities/{id}/indicators/{indicatorId}",
        HttpMethod.GET,
        "/api/v1/activities/" + NONE + "/indicators/" + NONE,
        null);
    sample(
        "PUT /api/v1/activities/{id}/indicators/{indicatorId}",
        HttpMethod.PUT,
        "/api/v1/activities/" + NONE + "/indicators/" + NONE,
        "{}");
    sample(
        "DELETE /api/v1/activities/{id}/indicators/{indicatorId}",
        HttpMethod.DELETE,
        "/api/v1/activities/" + NONE + "/indicators/" + NONE,
        null);
    // monitoring
    sample("GET /api/v1/dashboard", HttpMethod.GET, "/api/v1/dashboard?on=2027-01-01", null);
    sample(
        "GET /api/v1/agreements/{id}/coverage",
        HttpMethod.GET,
        "/api/v1/agreements/" + NONE + "/coverage",
        null);
    sample("GET /api/v1/institutions", HttpMethod.GET, "/api/v1/institutions?country=XX", null);
    // exports (read only)
    sample(
        "GET /api/v1/exports/agreements.csv",
        HttpMethod.GET,
        "/api/v1/exports/agreements.csv?country=XX",
        null);
    sample(
        "GET /api/v1/exports/agreements.xlsx",
        HttpMethod.GET,
        "/api/v1/exports/agreements.xlsx?country=XX",
        null);
    sample(
        "GET /api/v1/exports/activities.csv",
        HttpMethod.GET,
        "/api/v1/exports/activities.csv?agreement=" + NONE,
        null);
    sample(
        "GET /api/v1/exports/activities.xlsx",
        HttpMethod.GET,
        "/api/v1/exports/activities.xlsx?agreement=" + NONE,
        null);
    sample(
        "GET /api/v1/exports/iati.xml",
        HttpMethod.GET,
        "/api/v1/exports/iati.xml?agreement=" + NONE,
        null);
    sample(
        "GET /api/v1/exports/agreements/{id}.pdf",
        HttpMethod.GET,
        "/api/v1/exports/agreements/" + NONE + ".pdf",
        null);
    sample(
        "GET /api/v1/exports/agreements/{id}/dossier.pdf",
        HttpMethod.GET,
        "/api/v1/exports/agreements/" + NONE + "/dossier.pdf",
        null);
    sample(
        "GET /api/v1/exports/countries/{country}.pdf",
        HttpMethod.GET,
        "/api/v1/exports/countries/XX.pdf",
        null);
    // capture and review
    sample("POST /api/v1/documents", HttpMethod.POST, "/api/v1/documents", "{}");
    sample("GET /api/v1/documents/{id}", HttpMethod.GET, "/api/v1/documents/" + NONE, null);
    sample("GET /api/v1/review/groups", HttpMethod.GET, "/api/v1/review/groups", null);
    sample("GET /api/v1/review/groups/{id}", HttpMethod.GET, "/api/v1/review/groups/" + NONE, null);
    sample(
        "POST /api/v1/review/groups/{id}/accept",
        HttpMethod.POST,
        "/api/v1/review/groups/" + NONE + "/accept",
        "{}");
    sample(
        "POST /api/v1/review/groups/{id}/merge",
        HttpMethod.POST,
        "/api/v1/review/groups/" + NONE + "/merge",
        "{}");
    sample(
        "POST /api/v1/review/groups/{id}/reject",
        HttpMethod.POST,
        "/api/v1/review/groups/" + NONE + "/reject",
        "{}");
    // pages
    sample("GET /perjanjian", HttpMethod.GET, "/perjanjian", null);
    sample("GET /perjanjian/{id}", HttpMethod.GET, "/perjanjian/" + NONE, null);
    sample("GET /perjanjian/baru", HttpMethod.GET, "/perjanjian/baru", null);
    sample("POST /perjanjian", HttpMethod.POST, "/perjanjian", null);
    sample("GET /perjanjian/{id}/ubah", HttpMethod.GET, "/perjanjian/" + NONE + "/ubah", null);
    sample("POST /perjanjian/{id}/ubah", HttpMethod.POST, "/perjanjian/" + NONE + "/ubah", null);
    sample("GET /perjanjian/{id}/riwayat", HttpMethod.GET, "/perjanjian/1/riwayat", null);
    sample(
        "GET /perjanjian/{id}/pada", HttpMethod.GET, "/perjanjian/1/pada?tanggal=2030-01-01", null);
    sample("GET /organisasi", HttpMethod.GET, "/organisasi", null);
    sample("GET /organisasi/{id}", HttpMethod.GET, "/organisasi/" + NONE, null);
    sample("GET /organisasi/{id}/riwayat", HttpMethod.GET, "/organisasi/1/riwayat", null);
    sample("GET /orang", HttpMethod.GET, "/orang", null);
    sample("GET /orang/{id}", HttpMethod.GET, "/orang/" + NONE, null);
    sample("GET /acara/{id}", HttpMethod.GET, "/acara/" + NONE, null);
    sample("GET /perjanjian/{id}/dosier", HttpMethod.GET, "/perjanjian/" + NONE + "/dosier", null);
    sample(
        "GET /perjanjian/{agreementId}/kegiatan/baru",
        HttpMethod.GET,
        "/perjanjian/" + NONE + "/kegiatan/baru",
        null);
    sample(
        "POST /perjanjian/{agreementId}/kegiatan",
        HttpMethod.POST,
        "/perjanjian/" + NONE + "/kegiatan",
        null);
    sample("GET /kegiatan/{id}", HttpMethod.GET, "/kegiatan/" + NONE, null);
    sample("GET /kegiatan/{id}/ubah", HttpMethod.GET, "/kegiatan/" + NONE + "/ubah", null);
    sample("POST /kegiatan/{id}/ubah", HttpMethod.POST, "/kegiatan/" + NONE + "/ubah", null);
    sample("GET /dasbor", HttpMethod.GET, "/dasbor?on=2027-01-01", null);
    sample("GET /lembaga", HttpMethod.GET, "/lembaga?country=XX", null);
    sample("GET /pengingat", HttpMethod.GET, "/pengingat", null);
    sample("GET /calendar.ics", HttpMethod.GET, "/calendar.ics?country=XX", null);
    sample("GET /dokumen", HttpMethod.GET, "/dokumen", null);
    sample("POST /dokumen", HttpMethod.POST, "/dokumen", null);
    sample("GET /dokumen/{id}", HttpMethod.GET, "/dokumen/" + NONE, null);
    sample("GET /tinjauan", HttpMethod.GET, "/tinjauan", null);
    sample("GET /tinjauan/{id}", HttpMethod.GET, "/tinjauan/" + NONE, null);
    sample("POST /tinjauan/{id}/terima", HttpMethod.POST, "/tinjauan/" + NONE + "/terima", null);
    sample("POST /tinjauan/{id}/gabung", HttpMethod.POST, "/tinjauan/" + NONE + "/gabung", null);
    sample("POST /tinjauan/{id}/tolak", HttpMethod.POST, "/tinjauan/" + NONE + "/tolak", null);
    // open
    sample("GET /login", HttpMethod.GET, "/login", null);
    sample("GET /setup", HttpMethod.GET, "/setup", null);
    sample("POST /setup", HttpMethod.POST, "/setup", null);
    sample("GET /", HttpMethod.GET, "/", null);
    sample("GET /css/kerangka.css", HttpMethod.GET, "/css/kerangka.css", null);
    sample("GET /js/kerangka.js", HttpMethod.GET, "/js/kerangka.js", null);
    sample("GET /v3/api-docs", HttpMethod.GET, "/v3/api-docs", null);
    sample("GET /v3/api-docs.yaml", HttpMethod.GET, "/v3/api-docs.yaml", null);
    sample("GET /v3/api-docs/swagger-config", HttpMethod.GET, "/v3/api-docs/swagger-config", null);
    sample("GET /swagger-ui.html", HttpMethod.GET, "/swagger-ui.html", null);
    sample("GET /error", HttpMethod.GET, "/error", null);
    sample("POST /error", HttpMethod.POST, "/error", null);
    // addresses no handler serves: refused to everyone (deny by default)
    sample("GET /nowhere", HttpMethod.GET, "/nowhere", null);
    sample("DELETE /perjanjian/{id}", HttpMethod.DELETE, "/perjanjian/" + NONE, null);
  }

  private static void sample(String key, HttpMethod method, String path, @Nullable String json) {
    SAMPLES.put(key, new Sample(method, path, json));
  }

  @Autowired private MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  /** Every handler method (pattern × method) has a sample, so the matrix covers it. */
  @Test
  void everyEndpointHasASampleInTheMatrix() {
    List<String> missing = new ArrayList<>();
    for (String endpoint : endpoints(mappings)) {
      String key = endpoint.startsWith("ANY ") ? "GET " + endpoint.substring(4) : endpoint;
      if (!SAMPLES.containsKey(key)) {
        missing.add(endpoint);
      }
    }
    assertThat(missing)
        .as("endpoints without a sample request in AccessMatrixTests.SAMPLES")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyRoleGetsWhatTheRulesSayOnEveryEndpoint() {
    List<DynamicTest> tests = new ArrayList<>();
    List<@Nullable Role> who = new ArrayList<>(List.of(Role.values()));
    who.add(null);
    for (Map.Entry<String, Sample> entry : SAMPLES.entrySet()) {
      for (Role role : who) {
        tests.add(
            DynamicTest.dynamicTest(
                entry.getKey() + " as " + (role == null ? "anonymous" : role),
                () -> check(entry.getValue(), role)));
      }
    }
    return tests.stream();
  }

  private void check(Sample sample, @Nullable Role role) throws Exception {
    boolean allowed = allowed(sample, role);
    MockHttpServletRequestBuilder request = request(sample.method(), sample.path());
    request.with(role == null ? anonymous() : user("matrix-" + role).roles(role.name()));
    // the calendar feed answers like the API (a calendar client cannot follow a login page)
    boolean api = sample.path().startsWith("/api/") || sample.path().startsWith("/calendar.ics");
    if (!api && sample.method() != HttpMethod.GET) {
      request.with(csrf());
    }
    if (sample.json() != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(sample.json());
    }
    MvcResult result = mvc.perform(request).andReturn();
    int status = result.getResponse().getStatus();
    String location = result.getResponse().getHeader("Location");
    boolean toLogin = location != null && location.endsWith("/login");
    String what = sample.method() + " " + sample.path() + " as " + role;
    if (allowed) {
      assertThat(status).as(what + " is allowed").isNotIn(401, 403);
      assertThat(toLogin).as(what + " is allowed, not sent to the login page").isFalse();
    } else if (api) {
      assertThat(status).as(what + " is refused").isEqualTo(role == null ? 401 : 403);
      assertThat(
              MediaType.parseMediaType(
                      Objects.requireNonNull(result.getResponse().getContentType()))
                  .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as(what + " answers with problem details")
          .isTrue();
    } else if (role == null) {
      assertThat(status).as(what + " goes to the login page").isEqualTo(302);
      assertThat(toLogin).as(what + " goes to the login page").isTrue();
    } else {
      assertThat(status).as(what + " is refused").isEqualTo(403);
    }
  }

  /** What the rule table says: the first matching row decides, no row refuses. */
  private static boolean allowed(Sample sample, @Nullable Role role) {
    MockHttpServletRequest request =
        new MockHttpServletRequest(sample.method().name(), path(sample));
    return AccessRules.ruleFor(request).map(rule -> rule.allows(role)).orElse(false);
  }

  private static String path(Sample sample) {
    int query = sample.path().indexOf('?');
    return query < 0 ? sample.path() : sample.path().substring(0, query);
  }

  /** "METHOD pattern" of every handler method; "ANY pattern" when it takes every method. */
  static Set<String> endpoints(RequestMappingHandlerMapping mappings) {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> patterns =
          Objects.requireNonNull(info.getPathPatternsCondition()).getPatternValues();
      var methods = info.getMethodsCondition().getMethods();
      for (String pattern : patterns) {
        if (methods.isEmpty()) {
          endpoints.add("ANY " + pattern);
        }
        methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
      }
    }
    return endpoints;
  }
}
