package org.kerangka.app.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Small WARC files built in memory: HTTP responses with HTML pages, plain or gzipped. */
final class WarcFixtures {
  private WarcFixtures() {}

  static byte[] response(String url, String contentType, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + payload.length
            + "\r\n\r\n";
    byte[] httpBytes = http.getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[httpBytes.length + payload.length];
    System.arraycopy(httpBytes, 0, block, 0, httpBytes.length);
    System.arraycopy(payload, 0, block, httpBytes.length, payload.length);
    String header =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: "
            + url
            + "\r\nWARC-Date: 2023-09-09T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + UUID.randomUUID()
            + ">\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String page(String title, String... paragraphs) {
    StringBuilder html =
        new StringBuilder("<html><head><title>" + title + "</title></head><body><article>");
    html.append("<h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }
}
