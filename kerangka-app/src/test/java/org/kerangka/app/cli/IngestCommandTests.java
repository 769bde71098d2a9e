package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kerangka ingest} in-process, on an in-memory database of its own. */
class IngestCommandTests {
  private static final String SIGNING =
      "Menteri Perindustrian Agus Gumiwang Kartasasmita dan Menteri Ekonomi, Perdagangan, dan"
          + " Industri Jepang Saito Ken menandatangani nota kesepahaman (MoU) kerja sama industri"
          + " rendah karbon di Tokyo, Senin (4/3/2024).";

  @TempDir Path dir;

  private static String[] args(String database, String... more) {
    String[] base = {
      "ingest",
      "--spring.datasource.url=jdbc:h2:mem:"
          + database
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "--kerangka.demo-data=false",
      "--kerangka.data-dir=target/test-data/" + database
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void badFilesAreReportedOneByOneTheOthersAreStoredAndASecondRunAddsNothing() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news/2024"));
    Files.writeString(news.resolve("a.txt"), "Teken MoU\n\n" + SIGNING + "\n");
    Files.writeString(
        news.resolve("a.meta.json"),
        "{\"id\": \"a\", \"lang\": \"id\", \"published\": \"2024-03-05\","
            + " \"source\": \"Warta Uji\", \"url\": \"https://warta.example/a?utm_medium=x\"}");
    Files.writeString(
        news.resolve("b.html"),
        "<html><head><title>Lain</title></head><body><article><p>Kabar lain tentang cuaca di"
            + " Jakarta hari ini.</p></article></body></html>");
    Files.writeString(
        news.resolve("c.jsonl"),
        "{\"id\": \"c1\", \"text\": \"Berita pertama yang biasa saja.\"}\n{\"text\": \"no id\"}\n");
    Files.write(news.resolve("photo.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("WARC/1.1\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    }
    byte[] bytes = gz.toByteArray();
    Files.write(news.resolve("crawl.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Files.writeString(news.resolve("big.txt"), "x".repeat(5000));
    Files.writeString(news.resolve("gold.jsonl"), "{\"document\": {}}\n");
    String database = "ingest-" + UUID.randomUUID();

    CliRun first = CliRun.of(args(database, "--max-size", "4000", dir.resolve("news").toString()));

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(first.out())
        .containsPattern("read +3 documents")
        .containsPattern("stored +3")
        .containsPattern("skipped, known +0")
        .containsPattern("failed +4")
        .containsPattern("agreements found +1")
        .containsPattern("candidate groups +1 open: 1 new, 0 matching a registry record");
    assertThat(first.errLines())
        .anyMatch(l -> l.matches("kerangka: .*c\\.jsonl:2: missing \"id\""))
        .anyMatch(l -> l.matches("kerangka: .*photo\\.txt: binary file, not text"))
        .anyMatch(
            l -> l.matches("kerangka: .*crawl\\.warc\\.gz: (corrupt gzip data|truncated file).*"))
        .anyMatch(l -> l.matches("kerangka: .*big\\.txt: file larger than the limit of 4000 bytes"))
        .noneMatch(l -> l.contains("gold.jsonl"))
        .noneMatch(l -> l.contains("Exception"));

    // the stored documents are in the audit trail, written as cli:<os user>
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:mem:"
                    + database
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1",
                "sa",
                "");
        java.sql.ResultSet rs =
            db.createStatement()
                .executeQuery(
                    "select actor, count(*) from audit_event where entity = 'capture_document'"
                        + " group by actor")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(org.kerangka.app.audit.AuditActor.cli());
      assertThat(rs.getInt(2)).isEqualTo(3);
      assertThat(rs.next()).isFalse();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }

    CliRun second =
        CliRun.of(
            args(
                database,
                "--max-size",
                "4000",
                news.resolve("a.txt").toString(),
                news.resolve("b.html").toString()));
    assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
    assertThat(second.out())
        .containsPattern("read +2 documents")
        .containsPattern("stored +0")
        .containsPattern("skipped, known +2")
        .containsPattern("candidate groups +1 open");
  }

  /** Documents (with their mentions) and groups of an in-memory database, in id order. */
  private static java.util.List<String> stored(String database) {
    java.util.List<String> rows = new java.util.ArrayList<>();
    try (java.sql.Connection db =
        java.sql.DriverManager.getConnection(
            "jdbc:h2:mem:"
                + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            "")) {
      for (String sql :
          new String[] {
            "select id || ' ' || external_id || ' ' || content_hash || ' ' || origin"
                + " from capture_document order by id",
            "select document_id || ' ' || ordinal || ' ' || record_json from capture_mention"
                + " order by document_id, ordinal",
            "select listagg(document_id || '#' || ordinal, '+') within group (order by"
                + " document_id, ordinal) as g from capture_mention group by group_id order by g",
            "select entity_id || ' ' || action || ' ' || after_json from audit_event"
                + " where entity = 'capture_document' order by seq"
          }) {
        try (java.sql.ResultSet rs = db.createStatement().executeQuery(sql)) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  @Test
  void smallBatchesStoreWhatOneBatchStoresAndABadFileInTheMiddleStopsNothing() throws IOException {
    // the development corpus, with an unreadable file and a file with one bad line among them
    Path news = Files.createDirectories(dir.resolve("dev"));
    for (int i = 1; i <= 36; i++) {
      for (String suffix : new String[] {".txt", ".meta.json"}) {
        String name = String.format("D%03d%s", i, suffix);
        try (java.io.InputStream in =
            IngestCommandTests.class.getResourceAsStream("/capture/dev/" + name)) {
          assertThat(in).as(name).isNotNull();
          Files.write(news.resolve(name), in.readAllBytes());
        }
      }
    }
    Files.write(news.resolve("D012b.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
    Files.writeString(
        news.resolve("D020b.jsonl"),
        "{\"id\": \"x1\", \"text\": \"" + SIGNING + "\"}\n{\"text\": \"no id\"}\n");
    String whole = "ingest-whole-" + UUID.randomUUID();
    String small = "ingest-small-" + UUID.randomUUID();

    CliRun one = CliRun.of(args(whole, news.toString()));
    CliRun many = CliRun.of(args(small, "--batch", "3", news.toString()));

    for (CliRun run : new CliRun[] {one, many}) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.out())
          .containsPattern("read +37 documents")
          .containsPattern("stored +37")
          .containsPattern("failed +2");
      assertThat(run.errLines())
          .anyMatch(l -> l.matches("kerangka: .*D012b\\.txt: binary file, not text"))
          .anyMatch(l -> l.matches("kerangka: .*D020b\\.jsonl:2: missing \"id\""));
    }
    java.util.List<String> expected = stored(whole);
    assertThat(expected).anyMatch(r -> r.contains(" x1 ")).noneMatch(r -> r.contains("D012b"));
    assertThat(stored(small)).isEqualTo(expected);
  }

  @Test
  void badOptionsAreOneLine() {
    CliRun run = CliRun.of("ingest", "--batch", "0", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.errLines().get(0))
        .startsWith("kerangka: --max-size, --max-expanded and --batch");
  }
}
