package org.kerangka.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, for the browser tests: one place for the executable, the
 * no-download environment and the flags that keep it quiet and offline, and for the H2 file URL the
 * tests serve from. The test is skipped with a message when the browser is not installed.
 */
public final class Chromium implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts headless chromium, or skips the calling test class when it is not installed. */
  public static Chromium launch() {
    Assumptions.assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "Skipping browser tests: no browser at "
            + EXECUTABLE
            + " (install Debian's chromium: apt-get install -y chromium)");
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic")));
    return new Chromium(playwright, browser);
  }

  public Browser browser() {
    return browser;
  }

  /** Logs the browser context in through the login form, as a user would. */
  public static void logIn(BrowserContext context, String user, String password) {
    Page login = context.newPage();
    login.navigate("/perjanjian");
    assertThat(login).hasURL(Pattern.compile("/login$"));
    login.getByLabel("Nama pengguna").fill(user);
    login.getByLabel("Kata sandi").fill(password);
    login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
    assertThat(login.locator("h1")).hasText("Perjanjian kerja sama");
    login.close();
  }

  /** The durable, PostgreSQL-compatible H2 file URL of the application, in {@code directory}. */
  public static String h2FileUrl(Path directory) {
    return "jdbc:h2:file:"
        + directory.resolve("kerangka")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
        + "WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
