package org.kerangka.extract.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.kerangka.extract.Language;

/** Test articles copied from shared/seed and shared/corpus/dev, read from the classpath. */
final class Corpus {

  private Corpus() {}

  /** The raw text of {@code name} ({@code seed-000} or {@code D001} ...). */
  static String read(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream("corpus/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no test article " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every dev article id with its language from the corpus metadata. */
  static Map<String, Language> devLanguages() {
    try (InputStream in = Corpus.class.getResourceAsStream("corpus/languages.tsv")) {
      Map<String, Language> languages = new LinkedHashMap<>();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (!line.isBlank()) {
          String[] cells = line.split("\t");
          languages.put(cells[0], Language.fromCode(cells[1]).orElseThrow());
        }
      }
      return languages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hostile strings every stage must survive: empty, controls, lone surrogates, marks, huge. */
  static String[] hostile() {
    Random random = new Random(42);
    StringBuilder chaos = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      chaos.append((char) random.nextInt(0x10000));
    }
    String article = read("D001");
    StringBuilder huge = new StringBuilder(10_000_000 + article.length());
    while (huge.length() < 10_000_000) {
      huge.append(article).append("\u00A0\u2014\u201C. \r\n");
    }
    return new String[] {
      "",
      " ",
      "\n",
      ".",
      "\uD800",
      "\uDC00abc\uD800",
      "\u0301\u0301\u0301",
      "e" + "\u0301".repeat(10_000),
      "\u0000\u0001\u001F\u007F\u0085\u2028\r\r\n\t",
      "Baca juga:",
      "Baca juga : [",
      "(",
      "( Foto :",
      "Dr. ",
      ". . . ! ? \" \" ( [",
      "\uFEFF\u200B\u00AD",
      chaos.toString(),
      "a".repeat(2_000_000),
      huge.toString()
    };
  }
}
