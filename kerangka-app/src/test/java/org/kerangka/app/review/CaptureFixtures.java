package org.kerangka.app.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.capture.IncomingDocument;
import org.kerangka.extract.Article;
import org.kerangka.extract.Language;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test documents from the resources, and a clean capture state between tests. */
final class CaptureFixtures {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String SEED = "demo/000_e8b1a75f7aff8d21";
  static final String WIRE = "capture/seed-report/W001";

  private CaptureFixtures() {}

  /** Removes everything captured and every agreement that is not demo data. */
  static void clean(JdbcClient jdbc) {
    jdbc.sql("delete from agreement_field_source").update();
    jdbc.sql("delete from review_decision").update();
    jdbc.sql("delete from capture_mention").update();
    jdbc.sql("delete from capture_group").update();
    jdbc.sql("delete from capture_document").update();
    jdbc.sql(
            "delete from agreement where notes is null"
                + " or notes not like 'Diekstrak otomatis dari artikel seed.%'")
        .update();
  }

  /** A {@code NAME.txt} resource with its {@code NAME.meta.json}. */
  static IncomingDocument document(String resource) {
    JsonNode meta = JSON.readTree(read(resource + ".meta.json"));
    String id = text(meta, "id");
    Article article =
        new Article(
            id == null ? resource : id,
            read(resource + ".txt"),
            text(meta, "lang") == null ? null : Language.fromCode(text(meta, "lang")).orElse(null),
            text(meta, "published") == null ? null : LocalDate.parse(text(meta, "published")),
            text(meta, "title"));
    return new IncomingDocument(resource, article, text(meta, "url"), text(meta, "source"));
  }

  /** The 36 articles of the development corpus. */
  static List<IncomingDocument> devCorpus() {
    List<IncomingDocument> documents = new ArrayList<>();
    for (int i = 1; i <= 36; i++) {
      documents.add(document(String.format("capture/dev/D%03d", i)));
    }
    return documents;
  }

  static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
