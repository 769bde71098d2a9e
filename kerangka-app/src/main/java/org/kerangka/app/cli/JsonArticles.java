package org.kerangka.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Article;
import org.kerangka.extract.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles and article metadata from JSON: lines of {@code .jsonl} files ({@code id}, {@code text}
 * or IndoSum {@code paragraphs}, optional {@code lang}, {@code published}, {@code title}) and
 * {@code .meta.json} files beside {@code .txt} articles.
 */
final class JsonArticles {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonArticles() {}

  /**
   * The article on one JSON line.
   *
   * @throws UserError saying what is wrong with the line
   */
  static Article fromLine(String line) {
    Located located = streamed(line);
    return located != null ? located.article() : fromNode(object(line));
  }

  /** An article of a JSON line with where it was published; the line is parsed once. */
  record Located(Article article, Provenance provenance) {}

  /**
   * The article on one JSON line and its {@link #provenance}.
   *
   * @throws UserError saying what is wrong with the line
   */
  static Located locatedFromLine(String line) {
    Located located = streamed(line);
    return located != null ? located : locatedFromTree(line);
  }

  /** {@link #locatedFromLine} through a tree of the whole line: the reference for the tests. */
  static Located locatedFromTree(String line) {
    JsonNode node = object(line);
    return new Located(fromNode(node), provenance(node));
  }

  /**
   * The article of a well-formed line read with the streaming parser, without a tree of every
   * IndoSum token (a thousand nodes an article); null when the line has anything unusual (not an
   * object, a repeated or non-string field, bad paragraphs, trailing content), for the tree path to
   * read and to word the error exactly as before.
   */
  private static @Nullable Located streamed(String line) {
    String[] values = new String[FIELDS.size()];
    boolean[] seen = new boolean[FIELDS.size() + 1];
    String paragraphs = null;
    try (JsonParser parser = MAPPER.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int field = FIELDS.indexOf(name);
        if (name.equals("paragraphs")) {
          if (seen[FIELDS.size()]) {
            return null;
          }
          seen[FIELDS.size()] = true;
          if (value == JsonToken.START_ARRAY) {
            paragraphs = streamedParagraphs(parser);
            if (paragraphs == null) {
              return null;
            }
          } else if (value != JsonToken.VALUE_NULL) {
            return null;
          }
        } else if (field >= 0) {
          if (seen[field]) {
            return null;
          }
          seen[field] = true;
          if (value == JsonToken.VALUE_STRING) {
            values[field] = parser.getString();
          } else if (value != JsonToken.VALUE_NULL) {
            return null;
          }
        } else {
          parser.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return null;
      }
    } catch (JacksonException e) {
      return null;
    }
    String id = values[FIELDS.indexOf("id")];
    if (id == null || id.isBlank()) {
      return null;
    }
    String text = values[FIELDS.indexOf("text")];
    if (text == null) {
      text = paragraphs;
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    String lang = values[FIELDS.indexOf("lang")];
    Language language = null;
    if (lang != null) {
      language = Language.fromCode(lang).orElse(null);
      if (language == null) {
        return null;
      }
    }
    LocalDate published = null;
    String date = values[FIELDS.indexOf("published")];
    if (date != null) {
      try {
        published = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    String url = values[FIELDS.indexOf("url")];
    String outlet = values[FIELDS.indexOf("outlet")];
    return new Located(
        new Article(id, text, language, published, values[FIELDS.indexOf("title")]),
        new Provenance(
            url != null ? url : values[FIELDS.indexOf("source_url")],
            outlet != null ? outlet : values[FIELDS.indexOf("source")]));
  }

  /** The string fields an article line may have, besides {@code paragraphs}. */
  private static final List<String> FIELDS =
      List.of("id", "text", "lang", "published", "title", "url", "outlet", "source_url", "source");

  /**
   * IndoSum paragraphs joined as {@link #indoSumText} does, the parser standing on their opening
   * bracket; null when they are not lists of lists of strings.
   */
  private static @Nullable String streamedParagraphs(JsonParser parser) {
    StringBuilder text = new StringBuilder(4096);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_ARRAY) {
        return null;
      }
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      int paragraphStart = text.length();
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_ARRAY) {
          return null;
        }
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (token != JsonToken.VALUE_STRING) {
            return null;
          }
          if (text.length() > paragraphStart) {
            text.append(' ');
          }
          text.append(
              parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        }
      }
    }
    return text.toString();
  }

  private static Article fromNode(JsonNode node) {
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      throw new UserError("missing \"id\"");
    }
    String text = string(node, "text");
    if (text == null) {
      JsonNode paragraphs = node.get("paragraphs");
      if (paragraphs == null || paragraphs.isNull()) {
        throw new UserError("missing \"text\" (or IndoSum \"paragraphs\")");
      }
      text = indoSumText(paragraphs);
    }
    if (text.isBlank()) {
      throw new UserError("empty text");
    }
    return new Article(id, text, language(node), published(node), string(node, "title"));
  }

  /**
   * Applies a {@code .meta.json} document to the article read from the text beside it: its {@code
   * id}, {@code lang}, {@code published} and {@code title} when present.
   *
   * @throws UserError saying what is wrong with the metadata
   */
  static Article withMeta(Article article, String metaJson) {
    JsonNode node = object(metaJson);
    String id = string(node, "id");
    if (id != null && id.isBlank()) {
      throw new UserError("blank \"id\"");
    }
    return new Article(
        id == null ? article.id() : id,
        article.text(),
        language(node),
        published(node),
        string(node, "title"));
  }

  /** Where a document was published: its {@code url} (or IndoSum {@code source_url}) and outlet. */
  record Provenance(@Nullable String url, @Nullable String outlet) {}

  /**
   * The {@code url} or {@code source_url}, and the {@code source} or {@code outlet}, of a JSON line
   * or {@code .meta.json} document; nulls for what it does not say.
   *
   * @throws UserError when the JSON is not an object or a field is not a string
   */
  static Provenance provenance(String json) {
    return provenance(object(json));
  }

  private static Provenance provenance(JsonNode node) {
    String url = string(node, "url");
    String outlet = string(node, "outlet");
    return new Provenance(
        url != null ? url : string(node, "source_url"),
        outlet != null ? outlet : string(node, "source"));
  }

  /**
   * IndoSum text: tokens joined by single spaces, sentences by a space, paragraphs by a blank line.
   */
  static String indoSumText(JsonNode paragraphs) {
    if (!paragraphs.isArray()) {
      throw new UserError(badParagraphs());
    }
    StringBuilder text = new StringBuilder(4096);
    for (JsonNode paragraph : paragraphs) {
      if (!paragraph.isArray()) {
        throw new UserError(badParagraphs());
      }
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      int paragraphStart = text.length();
      for (JsonNode sentence : paragraph) {
        if (!sentence.isArray()) {
          throw new UserError(badParagraphs());
        }
        for (JsonNode token : sentence) {
          if (!token.isString()) {
            throw new UserError(badParagraphs());
          }
          if (text.length() > paragraphStart) {
            text.append(' ');
          }
          text.append(token.stringValue());
        }
      }
    }
    return text.toString();
  }

  private static String badParagraphs() {
    return "bad \"paragraphs\" (expected a list of paragraphs, each a list of sentences, each a"
        + " list of tokens)";
  }

  private static JsonNode object(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new UserError("not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      throw new UserError("not a JSON object");
    }
    return node;
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isIntegralNumber()) {
      return value.asString();
    }
    throw new UserError("\"" + field + "\" must be a string");
  }

  private static @Nullable Language language(JsonNode node) {
    String code = string(node, "lang");
    if (code == null) {
      return null;
    }
    return Language.fromCode(code)
        .orElseThrow(() -> new UserError("unknown \"lang\" '" + code + "' (expected id or en)"));
  }

  private static @Nullable LocalDate published(JsonNode node) {
    String value = string(node, "published");
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UserError("bad \"published\" '" + value + "' (expected YYYY-MM-DD or null)");
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
