package org.kerangka.app.agreement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.Role;
import org.kerangka.app.browser.BrowserSession;
import org.kerangka.app.browser.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agreement pages in a real browser: Debian's chromium driven by Playwright against the
 * application on a random port, with the demo data in a fresh H2 file under a temporary directory.
 * Skipped with a message when {@code /usr/bin/chromium} is not installed ({@code .ci/run} installs
 * it). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kerangka.demo-data=true")
class AgreementBrowserTests {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String MIIT = "Kementerian Perindustrian dan Teknologi Informasi";

  @RegisterExtension static final BrowserSession chromium = new BrowserSession();

  private static final String USER = "ratna";
  private static final String PASSWORD = "teh manis tanpa gula";

  @LocalServerPort private int port;
  @Autowired private Accounts accounts;
  private BrowserContext context;
  private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("kerangka-browser-");
    registry.add("spring.datasource.url", () -> Chromium.h2FileUrl(data));
    registry.add("kerangka.data-dir", data::toString); // the search index too
  }

  @BeforeEach
  void newContextLoggedIn() {
    if (accounts.find(USER).isEmpty()) {
      accounts.create(USER, PASSWORD, Role.EDITOR, Set.of());
    }
    context = chromium.newContext(port, 900, cspViolations);
    Page login = context.newPage();
    login.navigate("/perjanjian");
    // not logged in: the pages send the browser to the login form first
    assertThat(login).hasURL(java.util.regex.Pattern.compile("/login$"));
    login.getByLabel("Nama pengguna").fill(USER);
    login.getByLabel("Kata sandi").fill(PASSWORD);
    login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
    assertThat(login.locator("h1")).hasText("Perjanjian kerja sama");
    assertThat(login.locator(".site-header .user")).hasText(USER);
    login.close();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void searchOpenTheChineseMouCheckItsDatesEditAndSave() {
    Page page = context.newPage();
    page.navigate("/perjanjian");
    assertThat(page.locator("h1")).hasText("Perjanjian kerja sama");

    // "Tiongkok" is not written in the MoU: the index knows China's other names
    page.getByLabel("Cari").fill("Tiongkok");
    page.getByLabel("Cari").press("Enter");
    assertThat(page.locator("#hits-title")).containsText("Tiongkok");
    assertThat(page.locator(".hits")).containsText(MIIT);
    org.assertj.core.api.Assertions.assertThat(page.locator(".hits").innerText())
        .doesNotContain("Energi Republik Korea");
    screenshot(page, "01-search");

    // the filter refreshes the table in place (htmx), without a full page load
    page.evaluate("window.__sameDocument = true");
    page.getByLabel("Negara pihak").selectOption("CN");
    assertThat(page.locator("table.agreements tbody tr")).hasCount(1);
    assertThat(page.locator("table.agreements")).containsText(MIIT);
    org.assertj.core.api.Assertions.assertThat(page.evaluate("window.__sameDocument"))
        .isEqualTo(true);
    assertThat(page).hasURL(java.util.regex.Pattern.compile("country=CN"));
    screenshot(page, "02-filtered");

    page.locator("table.agreements tbody tr td:nth-child(2) a").first().click();
    assertThat(page.locator("h1")).containsText(MIIT);
    assertThat(page.locator("main")).containsText("7 September 2028");
    assertThat(page.locator(".areas")).containsText("industri fotovoltaik surya");
    assertThat(page.locator(".areas")).containsText("industri perkapalan");
    screenshot(page, "03-detail");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ubah").setExact(true))
        .click();
    Locator place = page.getByLabel("Tempat");
    assertThat(place).hasValue("Istana Negara");
    place.fill("Istana Negara, Jakarta");
    page.getByLabel("Bidang kerja sama (satu per baris)")
        .fill(
            page.getByLabel("Bidang kerja sama (satu per baris)").inputValue()
                + "\nindustri baterai");
    screenshot(page, "04-edit");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();

    assertThat(page.locator(".flash")).hasText("Perubahan telah disimpan.");
    assertThat(page.locator("main")).containsText("Istana Negara, Jakarta");
    assertThat(page.locator(".areas")).containsText("industri baterai");
    assertThat(page.locator("main")).containsText("7 September 2028");
    screenshot(page, "05-saved");

    // the history names who changed what
    String detail = page.url();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lihat riwayat perubahan"))
        .click();
    Locator latest = page.locator("table.history tbody tr").first();
    assertThat(latest.locator(".actor")).hasText(USER);
    assertThat(latest).containsText("Diubah");
    assertThat(latest).containsText("Tempat");
    assertThat(latest.locator(".diff-before").first()).hasText("Istana Negara");
    assertThat(latest).containsText("Istana Negara, Jakarta");
    assertThat(latest).containsText("industri baterai");
    screenshot(page, "06-history");

    page.navigate(detail + "?lang=en");
    assertThat(page.locator("main")).containsText("Entry into force");
    assertThat(page.locator("main")).containsText("7 September 2028");
    screenshot(page, "07-english");

    // logging out ends the session: the pages ask for the login again
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?logout$"));
    page.navigate(detail);
    assertThat(page).hasURL(java.util.regex.Pattern.compile("/login$"));
    org.assertj.core.api.Assertions.assertThat(cspViolations).isEmpty();
  }

  @Test
  void savingAStaleFormInASecondTabShowsTheConflict() {
    Page list = context.newPage();
    list.navigate("/perjanjian?country=KR");
    list.locator("table.agreements tbody tr td:nth-child(2) a").first().click();
    String edit = list.url() + "/ubah";

    Page first = context.newPage();
    Page second = context.newPage();
    first.navigate(edit);
    second.navigate(edit);

    first.getByLabel("Catatan").fill("Disimpan di tab pertama.");
    first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
    assertThat(first.locator(".flash")).hasText("Perubahan telah disimpan.");

    second.getByLabel("Catatan").fill("Disimpan di tab kedua.");
    second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
    assertThat(second.getByRole(AriaRole.ALERT).first())
        .containsText("Perjanjian ini telah diubah oleh orang lain");
    assertThat(second.getByLabel("Catatan")).hasValue("Disimpan di tab pertama.");
    screenshot(second, "08-conflict");

    // saving again from the refreshed form works and keeps the first tab's note in view
    second.getByLabel("Catatan").fill("Disimpan di tab kedua, setelah membaca.");
    second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
    assertThat(second.locator(".flash")).hasText("Perubahan telah disimpan.");
    assertThat(second.locator(".notes")).hasText("Disimpan di tab kedua, setelah membaca.");
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
