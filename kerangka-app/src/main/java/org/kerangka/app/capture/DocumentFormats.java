package org.kerangka.app.capture;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Article;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads HTML pages, WARC and WARC.gz crawls and plain text into documents, within size limits: a
 * file over {@code maxFileBytes}, or a compressed file that expands past {@code maxExpandedBytes},
 * is refused as a whole, as is a binary file or a corrupt archive. A file is read completely before
 * any of its documents is handed on, so a bad file stores nothing.
 */
public final class DocumentFormats {

  /**
   * Size limits.
   *
   * @param maxFileBytes the largest file (or upload) accepted
   * @param maxExpandedBytes the most bytes a compressed file may expand to
   */
  public record Limits(long maxFileBytes, long maxExpandedBytes) {
    public static final Limits DEFAULT = new Limits(64L << 20, 512L << 20);

    public Limits {
      if (maxFileBytes <= 0 || maxExpandedBytes <= 0) {
        throw new IllegalArgumentException("size limits must be positive");
      }
    }
  }

  private DocumentFormats() {}

  /** True for the file names this class reads itself: HTML and WARC files. */
  public static boolean handles(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return isHtml(name) || name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /** True for the names of files that hold documents: text, JSON Lines, HTML, WARC. */
  public static boolean isDocumentFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return handles(name) || name.endsWith(".txt") || name.endsWith(".jsonl");
  }

  /**
   * The documents in one file or upload of the given name ({@code .html}, {@code .htm}, {@code
   * .warc}, {@code .warc.gz}, {@code .txt}).
   *
   * @param id the article id for a single-document file (the file name without extension)
   * @throws UnreadableDocumentException when the file is too large, binary, not UTF-8 (text), or a
   *     corrupt archive
   */
  public static List<IncomingDocument> read(
      String fileName, String id, String origin, InputStream in, Limits limits) {
    String name = fileName.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        return warc(name.endsWith(".gz"), origin, in, limits);
      }
      byte[] bytes = readCapped(in, limits.maxFileBytes(), "file");
      if (isHtml(name)) {
        requireText(bytes);
        HtmlText.Page page = HtmlText.read(bytes, null);
        return List.of(document(origin, id, page, null, null));
      }
      if (name.endsWith(".txt")) {
        String text = text(bytes);
        return List.of(new IncomingDocument(origin, Article.of(id, text), null, null));
      }
      throw new UnreadableDocumentException(
          "not a document file (expected .txt, .html, .htm, .warc or .warc.gz)");
    } catch (ZipException e) {
      throw new UnreadableDocumentException("corrupt gzip data (" + message(e) + ")");
    } catch (java.io.EOFException e) {
      throw new UnreadableDocumentException("truncated file (unexpected end of data)");
    } catch (IOException e) {
      throw new UnreadableDocumentException("cannot read (" + message(e) + ")");
    }
  }

  /**
   * Strict UTF-8 text without a byte order mark.
   *
   * @throws UnreadableDocumentException for a binary file, bytes that are not UTF-8 or no text
   */
  public static String text(byte[] bytes) {
    requireText(bytes);
    String text = utf8(bytes);
    if (text.isBlank()) {
      throw new UnreadableDocumentException("empty file");
    }
    return text;
  }

  /**
   * Strict UTF-8 decoding, without a leading byte order mark.
   *
   * @throws UnreadableDocumentException naming the first byte that is not valid UTF-8 and its
   *     offset
   */
  public static String utf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new UnreadableDocumentException(
          String.format(
              "not valid UTF-8 (byte 0x%02x at offset %d)",
              bytes[in.position()] & 0xff, in.position()));
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Refuses bytes with a NUL in the first 8 KB: images, archives, executables. */
  private static void requireText(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        throw new UnreadableDocumentException("binary file, not text");
      }
    }
    if (bytes.length == 0) {
      throw new UnreadableDocumentException("empty file");
    }
  }

  private static List<IncomingDocument> warc(
      boolean gzipped, String origin, InputStream in, Limits limits) throws IOException {
    InputStream data = new CappedInputStream(in, limits.maxFileBytes(), "file");
    if (gzipped) {
      data =
          new CappedInputStream(
              new GZIPInputStream(data, 1 << 16), limits.maxExpandedBytes(), "expanded archive");
    } else {
      data = new java.io.BufferedInputStream(data, 1 << 16);
      data.mark(4);
      int b1 = data.read();
      int b2 = data.read();
      data.reset();
      if (b1 == 0x1f && b2 == 0x8b) {
        data =
            new CappedInputStream(
                new GZIPInputStream(data, 1 << 16), limits.maxExpandedBytes(), "expanded archive");
      }
    }
    List<IncomingDocument> documents = new ArrayList<>();
    int records = 0;
    try (WarcReader reader = new WarcReader(data)) {
      for (WarcRecord record : reader) {
        records++;
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        MediaType type;
        byte[] body;
        try {
          type = response.http().contentType().base();
          if (!isHtmlType(type)) {
            continue;
          }
          body =
              readCapped(
                  response.http().bodyDecoded().stream(), limits.maxExpandedBytes(), "record");
        } catch (IllegalArgumentException e) {
          continue; // no usable HTTP header: not a page
        }
        if (body.length == 0) {
          continue;
        }
        String url = response.target();
        HtmlText.Page page = HtmlText.read(body, url);
        if (page.text().isBlank()) {
          continue;
        }
        LocalDate crawled =
            response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        String id = "warc-" + Integer.toHexString(url.hashCode()) + "-" + records;
        documents.add(
            document(
                origin + "#" + records, id, page, page.url() == null ? url : page.url(), crawled));
      }
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof ZipException zip) {
        throw new UnreadableDocumentException("corrupt gzip data (" + message(zip) + ")");
      }
      throw new UnreadableDocumentException("corrupt WARC (" + message(e.getCause()) + ")");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableDocumentException("corrupt WARC (" + message(e) + ")");
    }
    if (records == 0) {
      throw new UnreadableDocumentException("corrupt WARC (no WARC records found)");
    }
    return documents;
  }

  private static IncomingDocument document(
      String origin,
      String id,
      HtmlText.Page page,
      @Nullable String url,
      @Nullable LocalDate fallbackDate) {
    if (page.text().isBlank()) {
      throw new UnreadableDocumentException("no article text in the page");
    }
    Article article =
        new Article(
            id,
            page.text(),
            null,
            page.published() == null ? fallbackDate : page.published(),
            page.title());
    return new IncomingDocument(origin, article, url == null ? page.url() : url, null);
  }

  private static boolean isHtml(String name) {
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static boolean isHtmlType(MediaType type) {
    String base = type.toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  static byte[] readCapped(InputStream in, long max, String what) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
    if (bytes.length > max) {
      throw new UnreadableDocumentException(what + " larger than the limit of " + max + " bytes");
    }
    return bytes;
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Counts the bytes read and refuses to go past the limit. */
  static final class CappedInputStream extends FilterInputStream {
    private final long max;
    private final String what;
    private long count;

    CappedInputStream(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw new UnreadableDocumentException(what + " larger than the limit of " + max + " bytes");
      }
    }
  }

  /** Reads bytes as documents; for tests and uploads. */
  public static List<IncomingDocument> read(
      String fileName, String id, String origin, byte[] bytes, Limits limits) {
    return read(fileName, id, origin, new ByteArrayInputStream(bytes), limits);
  }
}
