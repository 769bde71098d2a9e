package org.kerangka.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared test corpora, kept once under {@code src/test/resources/corpus/}: {@code seed/} and
 * {@code dev/} (articles, {@code .meta.json} metadata and {@code gold.jsonl}) and {@code indosum/}
 * (three IndoSum development folds, CC BY-SA 4.0, see the NOTICE there).
 */
public final class CorpusFiles {

  /** The seed corpus: one Indonesian article with two MoUs. */
  public static final String SEED = "seed";

  /** The development corpus: 36 articles (24 Indonesian, 12 English) with gold annotations. */
  public static final String DEV = "dev";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CorpusFiles() {}

  /** The gold documents of {@code corpus} ({@link #SEED} or {@link #DEV}) by id, in file order. */
  public static Map<String, JsonNode> gold(String corpus) {
    return ExtractionScorer.readJsonLines(read(corpus + "/gold.jsonl"));
  }

  /**
   * The articles of {@code corpus} ({@link #SEED} or {@link #DEV}), one per gold document, each
   * with the id, language, publication date and title of its {@code .meta.json}.
   */
  public static List<Article> articles(String corpus) {
    List<Article> articles = new ArrayList<>();
    for (String id : gold(corpus).keySet()) {
      articles.add(article(corpus, id));
    }
    return articles;
  }

  /** One article of {@code corpus} with its metadata. */
  public static Article article(String corpus, String id) {
    String text = read(corpus + "/" + id + ".txt");
    JsonNode meta = json(read(corpus + "/" + id + ".meta.json"));
    String published = string(meta, "published");
    String lang = string(meta, "lang");
    return new Article(
        meta.path("id").asString(id),
        text,
        lang == null ? null : Language.fromCode(lang).orElseThrow(),
        published == null ? null : LocalDate.parse(published),
        string(meta, "title"));
  }

  /**
   * The IndoSum development folds 1 to 3, deduplicated by id (first occurrence kept). Text: tokens
   * joined by single spaces, sentences by a space, paragraphs by a blank line. No publication date.
   */
  public static List<Article> indoSum() {
    Map<String, Article> articles = new LinkedHashMap<>();
    for (String fold : List.of("dev.01.jsonl", "dev.02.jsonl", "dev.03.jsonl")) {
      for (String line : read("indosum/" + fold).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json(line);
        String id = node.get("id").asString();
        articles.putIfAbsent(
            id, new Article(id, indoSumText(node.get("paragraphs")), Language.ID, null, null));
      }
    }
    return List.copyOf(articles.values());
  }

  private static String indoSumText(JsonNode paragraphs) {
    StringBuilder text = new StringBuilder(4096);
    for (JsonNode paragraph : paragraphs) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      int paragraphStart = text.length();
      for (JsonNode sentence : paragraph) {
        for (JsonNode token : sentence) {
          if (text.length() > paragraphStart) {
            text.append(' ');
          }
          text.append(token.asString());
        }
      }
    }
    return text.toString();
  }

  /** A UTF-8 resource under {@code corpus/}. */
  public static String read(String path) {
    try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpus/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
