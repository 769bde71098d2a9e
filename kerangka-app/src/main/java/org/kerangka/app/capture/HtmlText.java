package org.kerangka.app.capture;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article in an HTML page, through jsoup: the headline, the body paragraphs (without scripts,
 * navigation, asides and forms) separated by blank lines, and what the page says about its URL and
 * publication date.
 */
public final class HtmlText {
  private HtmlText() {}

  /** What one page holds. */
  public record Page(
      @Nullable String title, String text, @Nullable String url, @Nullable LocalDate published) {}

  public static Page read(String html, @Nullable String baseUrl) {
    return read(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
  }

  /** The page in the bytes, in the charset its header or meta tag names (UTF-8 otherwise). */
  public static Page read(byte[] html, @Nullable String baseUrl) {
    try {
      return read(
          Jsoup.parse(
              new java.io.ByteArrayInputStream(html), null, baseUrl == null ? "" : baseUrl));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Page read(Document doc) {
    String title = firstNonBlank(meta(doc, "og:title"), doc.title());
    String url =
        firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"));
    LocalDate published =
        date(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date")));
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    List<String> blocks = new ArrayList<>();
    if (root != null) {
      for (Element block : root.select("h1, h2, h3, p, li, blockquote")) {
        if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
          continue;
        }
        String text = block.text().strip();
        if (!text.isEmpty()) {
          blocks.add(text);
        }
      }
      if (blocks.isEmpty()) {
        String text = root.text().strip();
        if (!text.isEmpty()) {
          blocks.add(text);
        }
      }
    }
    String h1 = root == null ? null : root.select("h1").text();
    String headline = firstNonBlank(h1, title);
    if (headline != null && (blocks.isEmpty() || !blocks.get(0).equals(headline))) {
      blocks.add(0, headline);
    }
    return new Page(headline, String.join("\n\n", blocks), emptyToNull(url), published);
  }

  private static @Nullable String meta(Document doc, String name) {
    Element element = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return element == null ? null : element.attr("content");
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b == null || b.isBlank() ? null : b.strip();
  }

  private static @Nullable String emptyToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
