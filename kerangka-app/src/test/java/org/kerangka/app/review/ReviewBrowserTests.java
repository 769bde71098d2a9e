package org.kerangka.app.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.Role;
import org.kerangka.app.browser.BrowserSession;
import org.kerangka.app.browser.Chromium;
import org.kerangka.app.capture.CaptureService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review queue in a real browser (Debian's chromium through Playwright, as in
 * AgreementBrowserTests): open a group, see the evidence marked, merge it into the registry
 * agreement it matches, and see that agreement with both sources and the field provenance.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kerangka.demo-data=true")
class ReviewBrowserTests {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @RegisterExtension static final BrowserSession chromium = new BrowserSession();

  private static final String USER = "wulan";
  private static final String PASSWORD = "kopi susu gula aren";

  @LocalServerPort private int port;
  @Autowired private CaptureService capture;
  @Autowired private Accounts accounts;
  private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void reviewerAccount() {
    if (accounts.find(USER).isEmpty()) {
      accounts.create(USER, PASSWORD, Role.REVIEWER, Set.of());
    }
  }

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("kerangka-review-browser-");
    registry.add("spring.datasource.url", () -> Chromium.h2FileUrl(data));
    registry.add("kerangka.data-dir", data::toString);
  }

  @Test
  void openAGroupSeeTheEvidenceMergeAndSeeTheAgreementWithItsSources() {
    capture.announce(
        capture.ingest(
            List.of(
                CaptureFixtures.document(CaptureFixtures.SEED),
                CaptureFixtures.document(CaptureFixtures.WIRE))));
    try (var context = chromium.newContext(port, 1000, cspViolations)) {
      Chromium.logIn(context, USER, PASSWORD);
      Page page = context.newPage();
      page.navigate("/tinjauan");
      assertThat(page.locator("h1")).hasText("Tinjauan berita");
      Locator groups = page.locator("table.review-queue tbody tr");
      assertThat(groups).hasCount(2);
      page.screenshot(
          new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-queue.png")));

      page.locator(
              "table.review-queue a",
              new Page.LocatorOptions().setHasText("Information Technology"))
          .first()
          .click();
      assertThat(page.locator("h1")).containsText("Kelompok");
      Locator sources = page.locator("article.source");
      assertThat(sources).hasCount(2);
      assertThat(sources.nth(0).locator("mark").first()).isVisible();
      assertThat(sources.nth(1).locator("mark").first()).isVisible();
      assertThat(page.locator("article.source mark[data-fields*='signedOn']").first()).isVisible();
      assertThat(page.locator("tr[data-field='signedOn'] .option").first())
          .containsText("2023-09-08");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("review-group.png"))
              .setFullPage(true));

      // the registry twin (the demo MoU with MIIT) is preselected as the merge target
      assertThat(page.locator("#agreementId option:checked")).containsText("Teknologi Informasi");
      page.locator("#merge").click();

      assertThat(page.locator(".flash")).containsText("digabungkan");
      Locator sourceList = page.locator("section[aria-labelledby='sources-title'] li");
      assertThat(sourceList).hasCount(2);
      assertThat(sourceList.nth(1)).containsText("Nusantara Wire Service");
      assertThat(page.locator("section.provenance")).containsText("Nusantara Wire Service");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("review-merged-agreement.png"))
              .setFullPage(true));

      page.navigate("/tinjauan?status=MERGED");
      assertThat(page.locator("table.review-queue tbody tr")).hasCount(1);
      org.assertj.core.api.Assertions.assertThat(cspViolations)
          .as("Content-Security-Policy violations")
          .isEmpty();
    }
  }
}
