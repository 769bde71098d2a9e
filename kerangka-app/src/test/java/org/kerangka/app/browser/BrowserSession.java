package org.kerangka.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless chromium for a browser test class, as a JUnit extension: launched before its first
 * test (or the class is skipped with a message when the browser is not installed) and closed after
 * its last. Register it with {@code @RegisterExtension static final BrowserSession chromium = new
 * BrowserSession();}.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
  private Chromium chromium;

  @Override
  public void beforeAll(ExtensionContext context) {
    chromium = Chromium.launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  /**
   * A new browser context on the application at {@code port}, 1366 pixels wide, that adds every
   * Content-Security-Policy complaint of the browser's console to {@code cspViolations}.
   */
  public BrowserContext newContext(int port, int height, List<String> cspViolations) {
    BrowserContext context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setBaseURL("http://localhost:" + port)
                    .setViewportSize(1366, height));
    context.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            cspViolations.add(message.text());
          }
        });
    return context;
  }
}
