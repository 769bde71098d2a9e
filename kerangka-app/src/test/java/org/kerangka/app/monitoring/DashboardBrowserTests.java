package org.kerangka.app.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.ApiTokens;
import org.kerangka.app.account.Role;
import org.kerangka.app.browser.BrowserSession;
import org.kerangka.app.browser.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real browser (Debian's chromium through Playwright, as in {@code
 * AgreementBrowserTests}): an activity is added through the pages, then every chart must be drawn
 * by Chart.js with data. Skipped with a message when {@code /usr/bin/chromium} is missing.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kerangka.demo-data=true")
class DashboardBrowserTests {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final List<String> CHARTS =
      List.of("country", "status", "area", "instrument", "rate", "timeline");

  @RegisterExtension static final BrowserSession chromium = new BrowserSession();

  private static final String USER = "dewi";
  private static final String PASSWORD = "es teh manis di sore hari";

  @LocalServerPort private int port;
  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;
  private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();
  private BrowserContext context;

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("kerangka-dashboard-");
    registry.add("spring.datasource.url", () -> Chromium.h2FileUrl(data));
    registry.add("kerangka.data-dir", data::toString);
  }

  @BeforeEach
  void newContextLoggedIn() {
    if (accounts.find(USER).isEmpty()) {
      accounts.create(USER, PASSWORD, Role.EDITOR, Set.of());
    }
    context = chromium.newContext(port, 900, cspViolations);
    Chromium.logIn(context, USER, PASSWORD);
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void addATrainingActivityThenTheDashboardDrawsEveryChartWithData() {
    List<String> errors = new ArrayList<>();
    Page page = context.newPage();
    page.onPageError(errors::add);
    page.onResponse(
        r -> {
          if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
            errors.add(r.status() + " " + r.url());
          }
        });

    // the Chinese MoU: add a training activity in solar photovoltaics through the form
    page.navigate("/perjanjian?country=CN");
    page.locator("table.agreements tbody tr td:nth-child(2) a").first().click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kegiatan baru")).click();
    page.getByLabel("Judul").fill("Pelatihan perakitan modul surya");
    page.getByLabel("Status").selectOption("IMPLEMENTATION");
    page.getByLabel("Bentuk kegiatan").selectOption("FORM_TRAINING");
    page.getByLabel("Bidang kerja sama").selectOption("AREA_SOLAR_PV");
    page.getByLabel("Mulai", new Page.GetByLabelOptions().setExact(true)).fill("2026-10-01");
    screenshot(page, "20-activity-form");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
    assertThat(page.locator(".flash")).hasText("Kegiatan telah ditambahkan.");
    assertThat(page.locator(".activity-form")).hasText("Pelatihan");
    page.locator(".breadcrumb a").click();
    assertThat(page.locator("table.coverage-matrix tr[data-area=AREA_SOLAR_PV] td.filled"))
        .hasText("1");
    screenshot(page, "21-agreement-coverage");

    // a Korean institute works on the Korean MoU, through the API (with a personal token)
    String token = "Bearer " + tokens.create(USER, "dasbor", java.time.Duration.ofDays(1)).secret();
    APIResponse list =
        context
            .request()
            .get(
                "/api/v1/agreements?country=KR",
                RequestOptions.create().setHeader("Authorization", token));
    String korean = list.text().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    APIResponse created =
        context
            .request()
            .post(
                "/api/v1/agreements/" + korean + "/activities",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setHeader("Authorization", token)
                    .setData(
                        "{\"title\":\"Dialog kebijakan energi\",\"formCode\":\"FORM_POLICY_DIALOGUE\","
                            + "\"status\":\"CLOSED\",\"actualStart\":\"2024-03-01\","
                            + "\"actualEnd\":\"2024-03-02\"}"));
    assertThat(created.status()).isEqualTo(201);

    page.navigate("/dasbor");
    assertThat(page.locator("h1")).hasText("Dasbor pemantauan");
    for (String chart : CHARTS) {
      assertThat(page.locator("#chart-" + chart))
          .hasAttribute("data-rendered", java.util.regex.Pattern.compile("[1-9]\\d*"));
      Object points =
          page.evaluate(
              "id => { const c = window.Chart.getChart(document.getElementById(id));"
                  + " return c ? c.data.datasets[0].data.length : 0; }",
              "chart-" + chart);
      assertThat(((Number) points).intValue()).as(chart).isPositive();
      org.assertj.core.api.Assertions.assertThat(
              page.locator("#chart-" + chart).boundingBox().height)
          .as(chart)
          .isGreaterThan(50);
    }
    assertThat(page.locator("table.coverage-matrix tr[data-area=AREA_SOLAR_PV] td.filled"))
        .hasText("1");
    assertThat(page.locator("table.coverage-matrix tr.gap").first()).isVisible();
    assertThat(page.locator("ul.dormant")).containsText("Nota Kesepahaman");
    screenshot(page, "22-dashboard");

    page.navigate("/dasbor?lang=en");
    assertThat(page.locator("h1")).hasText("Monitoring dashboard");
    assertThat(page.locator("#chart-status"))
        .hasAttribute("data-rendered", java.util.regex.Pattern.compile("[1-9]\\d*"));
    screenshot(page, "23-dashboard-english");
    org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
    org.assertj.core.api.Assertions.assertThat(cspViolations)
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  private static void screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
