package org.kerangka.extract.internal.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.kerangka.extract.Article;
import org.kerangka.extract.CorpusFiles;
import org.kerangka.extract.Language;

/** Test articles of the shared seed and dev corpora ({@link CorpusFiles}). */
final class Corpus {

  private Corpus() {}

  /** The raw text of {@code name} ({@code seed-000} or {@code D001} ...). */
  static String read(String name) {
    return name.equals("seed-000")
        ? CorpusFiles.read(CorpusFiles.SEED + "/000_e8b1a75f7aff8d21.txt")
        : CorpusFiles.read(CorpusFiles.DEV + "/" + name + ".txt");
  }

  /** Every dev article id with its language from the corpus metadata. */
  static Map<String, Language> devLanguages() {
    Map<String, Language> languages = new LinkedHashMap<>();
    for (Article article : CorpusFiles.articles(CorpusFiles.DEV)) {
      languages.put(article.id(), Objects.requireNonNull(article.language(), article.id()));
    }
    return languages;
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
