package org.kerangka.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Login, sessions, CSRF, throttling, passwords and API tokens. */
@RegistryTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityTests {
  private static final String PASSWORD = "kopi tubruk di pagi hari";

  @Autowired private MockMvc mvc;
  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;
  @Autowired private PasswordPolicy policy;
  @Autowired private SecurityEvents events;
  @Autowired private JdbcClient jdbc;

  private String newUser(Role role) {
    String name = "u" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, PASSWORD, role, Set.of());
    return name;
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    mvc.perform(
            post("/perjanjian")
                .with(user("editor").roles("EDITOR"))
                .param("instrument", "MOU")
                .param("titleId", "Tanpa token CSRF")
                .param("renewal", "NONE"))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("select count(*) from agreement where title_id = 'Tanpa token CSRF'")
                .query(Long.class)
                .single())
        .isZero();
    // htmx sends the token as a header: that is accepted (the form then answers on its fields)
    mvc.perform(
            post("/perjanjian")
                .with(user("editor").roles("EDITOR"))
                .with(csrf().asHeader())
                .param("instrument", "MOU")
                .param("renewal", "NONE"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void loginGivesANewSessionIdAndLogoutEndsTheSession() throws Exception {
    String name = newUser(Role.VIEWER);
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/perjanjian").session(session)).andExpect(redirectedUrl("/login"));
    String before = session.getId();

    MvcResult login =
        mvc.perform(
                post("/login")
                    .session(session)
                    .with(csrf())
                    .param("username", name)
                    .param("password", PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    MockHttpSession loggedIn = (MockHttpSession) login.getRequest().getSession(false);
    assertThat(loggedIn).isNotNull();
    assertThat(loggedIn.getId()).isNotEqualTo(before);
    mvc.perform(get("/perjanjian").session(loggedIn))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));

    mvc.perform(post("/logout").session(loggedIn).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));
    assertThat(loggedIn.isInvalid()).isTrue();
    mvc.perform(get("/perjanjian").session(new MockHttpSession()))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void wrongPasswordSendsBackToTheLoginPageWithAMessage() throws Exception {
    String name = newUser(Role.VIEWER);
    mvc.perform(
            post("/login")
                .with(csrf())
                .with(from("10.0.0.1"))
                .param("username", name)
                .param("password", "salah sekali"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
  }

  @Test
  void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() throws Exception {
    String name = newUser(Role.VIEWER);
    long throttledBefore = events.count(SecurityEvents.Kind.LOGIN_THROTTLED);
    for (int i = 0; i < LoginThrottle.PER_USER; i++) {
      mvc.perform(
              post("/login")
                  .with(csrf())
                  .with(from("10.0.0.2"))
                  .param("username", name)
                  .param("password", "tebakan ke-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    MvcResult refused =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .with(from("10.0.0.3"))
                    .param("username", name)
                    .param("password", PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/login?throttled=");
    assertThat(events.count(SecurityEvents.Kind.LOGIN_THROTTLED)).isEqualTo(throttledBefore + 1);
    mvc.perform(get(refused.getResponse().getRedirectedUrl()))
        .andExpect(content().string(containsString("Terlalu banyak percobaan masuk yang gagal")));
    mvc.perform(get(refused.getResponse().getRedirectedUrl()).param("lang", "en"))
        .andExpect(content().string(containsString("Too many failed logins")));
  }

  @Test
  void commonShortAndNameLikePasswordsAreRefusedLongOnesAreFine() {
    assertThat(policy.check("ani", "iloveyou")).contains(PasswordPolicy.Problem.COMMON);
    assertThat(policy.check("ani", "PASSWORD")).contains(PasswordPolicy.Problem.COMMON);
    assertThat(policy.check("ani", "1234567")).contains(PasswordPolicy.Problem.TOO_SHORT);
    assertThat(policy.check("anindita", "Anindita")).contains(PasswordPolicy.Problem.NAME);
    assertThat(policy.check("ani", "x".repeat(257))).contains(PasswordPolicy.Problem.TOO_LONG);
    assertThat(policy.check("ani", "kata sandi yang panjang")).isEmpty();
    // 64 characters beyond ASCII (more than bcrypt's 72 bytes) are accepted and checked in full
    String long64 = "é".repeat(63) + "a";
    String name = "u" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, long64, Role.VIEWER, Set.of());
    assertThatThrownBy(
            () ->
                accounts.create(
                    "u" + UUID.randomUUID().toString().substring(0, 8),
                    "iloveyou",
                    Role.VIEWER,
                    Set.of()))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("common");
  }

  @Test
  void passwordsAreStoredAsSlowSaltedHashesNeverInClear() {
    String name = newUser(Role.VIEWER);
    String stored =
        jdbc.sql("select password_hash from account where username = :n")
            .param("n", name)
            .query(String.class)
            .single();
    assertThat(stored)
        .startsWith("{argon2@SpringSecurity_v5_8}$argon2id$")
        .doesNotContain(PASSWORD);
  }

  @Test
  void aRevokedOrExpiredTokenNoLongerOpensTheApi() throws Exception {
    String name = newUser(Role.VIEWER);
    ApiTokens.Created created = tokens.create(name, "laptop", Duration.ofDays(30));
    assertThat(
            jdbc.sql("select count(*) from api_token where token_hash = :h")
                .param("h", created.secret())
                .query(Long.class)
                .single())
        .as("only the hash is stored")
        .isZero();
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + created.secret()))
        .andExpect(status().isOk());
    assertThat(tokens.list(name).get(0).lastUsedAt()).isNotNull();
    // a VIEWER's token cannot write
    mvc.perform(
            post("/api/v1/organisations")
                .header("Authorization", "Bearer " + created.secret())
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isForbidden());

    tokens.revoke(name, created.token().id());
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + created.secret()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")));

    ApiTokens.Created expiring = tokens.create(name, "lama", Duration.ofDays(1));
    jdbc.sql("update api_token set expires_at = created_at where id = :id")
        .param("id", expiring.token().id())
        .update();
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + expiring.secret()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer krg_made-up"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void neitherPasswordsNorTokensNorSessionIdsAreLogged(CapturedOutput output) throws Exception {
    String name = newUser(Role.VIEWER);
    ApiTokens.Created created = tokens.create(name, "log", Duration.ofDays(1));
    String sessionId = "session-" + UUID.randomUUID();
    MockHttpSession session = new MockHttpSession(null, sessionId);
    mvc.perform(
        post("/login")
            .session(session)
            .with(csrf())
            .with(from("10.0.0.9"))
            .param("username", name)
            .param("password", PASSWORD + " salah"));
    mvc.perform(
        post("/login")
            .session(session)
            .with(csrf())
            .with(from("10.0.0.9"))
            .param("username", name)
            .param("password", PASSWORD));
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + created.secret()));
    mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer krg_guessed"));

    assertThat(output.getAll()).contains("LOGIN_FAILED user=" + name, "LOGIN user=" + name);
    assertThat(output.getAll())
        .doesNotContain(PASSWORD)
        .doesNotContain(created.secret())
        .doesNotContain("krg_guessed")
        .doesNotContain(sessionId);
  }

  @Test
  void pagesCarryAContentSecurityPolicyWithoutInlineScriptsAndTheCsrfMetaTags() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    containsString("script-src 'self'; style-src 'self'")))
        .andExpect(content().string(containsString("name=\"csrf-token\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
  }

  @Test
  void theSetupTokenCreatesTheFirstAdminOnce() throws Exception {
    SetupToken setup = setupToken;
    org.junit.jupiter.api.Assumptions.assumeFalse(
        accounts.hasAdmin(), "another test created an ADMIN first");
    String token = setup.issue();
    mvc.perform(get("/setup").param("token", "wrong")).andExpect(status().isNotFound());
    mvc.perform(get("/setup").param("token", token)).andExpect(status().isOk());
    mvc.perform(
            post("/setup")
                .with(csrf())
                .param("token", token)
                .param("username", "pertama")
                .param("password", "password")
                .param("repeat", "password"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("terlalu umum")));
    mvc.perform(
            post("/setup")
                .with(csrf())
                .param("token", token)
                .param("username", "pertama")
                .param("password", PASSWORD)
                .param("repeat", PASSWORD))
        .andExpect(redirectedUrl("/login"));
    assertThat(accounts.require("pertama").role()).isEqualTo(Role.ADMIN);
    mvc.perform(
            post("/setup")
                .with(csrf())
                .param("token", token)
                .param("username", "kedua")
                .param("password", PASSWORD)
                .param("repeat", PASSWORD))
        .andExpect(status().isNotFound());
    assertThat(accounts.find("kedua")).isEmpty();
  }

  @Autowired private SetupToken setupToken;
}
