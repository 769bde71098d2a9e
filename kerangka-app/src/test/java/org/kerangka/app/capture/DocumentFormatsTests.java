package org.kerangka.app.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFormatsTests {
  private static final DocumentFormats.Limits LIMITS = DocumentFormats.Limits.DEFAULT;
  private static final String SIGNING =
      "Kementerian Perindustrian dan METI menandatangani nota kesepahaman di Tokyo.";

  private static byte[] crawl() {
    return WarcFixtures.concat(
        WarcFixtures.response(
            "https://news.example.org/a?utm_source=x",
            "text/html; charset=utf-8",
            WarcFixtures.page("Teken MoU", SIGNING, "Paragraf kedua.")),
        WarcFixtures.response("https://news.example.org/logo.png", "image/png", "PNG..."),
        WarcFixtures.response(
            "https://news.example.org/b", "text/html", WarcFixtures.page("Berita lain", "Isi.")));
  }

  @Test
  void warcResponsesWithHtmlBecomeDocumentsWithTheirUrlsAndCrawlDate() {
    for (byte[] bytes : List.of(crawl(), WarcFixtures.gzip(crawl()))) {
      String name = bytes[0] == 0x1f ? "crawl.warc.gz" : "crawl.warc";
      List<IncomingDocument> documents = DocumentFormats.read(name, "crawl", name, bytes, LIMITS);
      assertThat(documents).hasSize(2);
      assertThat(documents.get(0).url()).isEqualTo("https://news.example.org/a?utm_source=x");
      assertThat(documents.get(0).article().text()).startsWith("Teken MoU\n\n").contains(SIGNING);
      assertThat(documents.get(0).article().published()).hasToString("2023-09-09");
      assertThat(documents.get(0).origin()).isEqualTo(name + "#1");
      assertThat(documents.get(1).article().title()).isEqualTo("Berita lain");
    }
  }

  @Test
  void corruptGzipAndCorruptWarcAreRefusedAsAWhole() {
    byte[] gz = WarcFixtures.gzip(crawl());
    byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
    assertThatThrownBy(() -> DocumentFormats.read("c.warc.gz", "c", "c", truncated, LIMITS))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageMatching("(corrupt gzip data|truncated file).*");
    byte[] notGzip = "WARC/1.1 but not gzip".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentFormats.read("c.warc.gz", "c", "c", notGzip, LIMITS))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("corrupt gzip data");
    byte[] garbage = "hello, this is not a crawl\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentFormats.read("c.warc", "c", "c", garbage, LIMITS))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("corrupt WARC");
  }

  @Test
  void anArchiveThatExpandsPastTheLimitIsRefused() {
    String page = "<html><body><p>" + "a".repeat(4 << 20) + "</p></body></html>";
    // a 4 MB page that compresses to a few KB
    byte[] bomb = WarcFixtures.gzip(WarcFixtures.response("https://x.example/", "text/html", page));
    DocumentFormats.Limits small = new DocumentFormats.Limits(1 << 20, 1 << 20);
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> DocumentFormats.read("bomb.warc.gz", "b", "b", bomb, small))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("expanded archive larger than the limit of 1048576 bytes");
  }

  @Test
  void largeBinaryAndNonUtf8FilesAreRefused() {
    byte[] big = new byte[2000];
    Arrays.fill(big, (byte) 'a');
    assertThatThrownBy(
            () ->
                DocumentFormats.read(
                    "a.txt", "a", "a", big, new DocumentFormats.Limits(1000, 1000)))
        .hasMessage("file larger than the limit of 1000 bytes");
    assertThatThrownBy(
            () -> DocumentFormats.read("p.html", "p", "p", new byte[] {'<', 0, 1}, LIMITS))
        .hasMessage("binary file, not text");
    assertThatThrownBy(
            () -> DocumentFormats.read("l.txt", "l", "l", new byte[] {'a', (byte) 0xff}, LIMITS))
        .hasMessageStartingWith("not valid UTF-8 (byte 0xff at offset 1)");
    assertThatThrownBy(() -> DocumentFormats.read("e.txt", "e", "e", new byte[0], LIMITS))
        .hasMessage("empty file");
  }

  @Test
  void htmlLeavesOutScriptsNavigationAndFooters() {
    String html =
        "<html><head><title>T</title><meta property='article:published_time'"
            + " content='2024-03-05T08:00:00+07:00'><script>alert('MoU')</script></head><body>"
            + "<nav>Beranda</nav><article><h1>Judul</h1><p>"
            + SIGNING
            + "</p><aside>Baca juga</aside></article><footer>Hak cipta</footer></body></html>";
    IncomingDocument d =
        DocumentFormats.read("a.html", "a", "a", html.getBytes(StandardCharsets.UTF_8), LIMITS)
            .get(0);
    assertThat(d.article().text()).isEqualTo("Judul\n\n" + SIGNING);
    assertThat(d.article().published()).hasToString("2024-03-05");
    assertThat(d.article().id()).isEqualTo("a");
  }
}
