package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTests {

  private final Normalizer normalizer = new Normalizer();

  @Test
  void returnsPlainAsciiUnchangedWithAnIdentityMap() {
    String original = "Kemenperin dan MIIT teken MoU.\nJumat (8/9).";
    NormalizedText normalized = normalizer.normalize(original);
    assertThat(normalized.text()).isSameAs(original);
    assertThat(normalized.originalStart(5)).isEqualTo(5);
    assertThat(normalized.originalEnd(5)).isEqualTo(5);
    assertThat(normalized.originalStart(original.length())).isEqualTo(original.length());
  }

  @Test
  void foldsCurlyQuotesAndPrimesToAsciiQuotes() {
    assertThat(text("\u201CMoU\u201D \u2018ini\u2019 \u201Ea\u201F \u00ABb\u00BB 5\u2032 6\u2033"))
        .isEqualTo("\"MoU\" 'ini' \"a\" \"b\" 5' 6\"");
  }

  @Test
  void foldsEveryDashToHyphenMinus() {
    assertThat(text("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h"))
        .isEqualTo("a-b-c-d-e-f-g-h");
  }

  @Test
  void turnsSpecialSpacesAndTabsIntoOneSpace() {
    assertThat(text("a\u00A0b\u202Fc\u2009d\u2002e\u2003f\u3000g\th")).isEqualTo("a b c d e f g h");
    assertThat(text("a \u00A0\t  b")).isEqualTo("a b");
  }

  @Test
  void removesZeroWidthCharsAndSoftHyphens() {
    assertThat(text("\uFEFFker\u00ADja\u200Bsa\u200Cma\u200D")).isEqualTo("kerjasama");
  }

  @Test
  void turnsCarriageReturnsIntoNewlines() {
    NormalizedText normalized = normalizer.normalize("a\r\nb\rc\n");
    assertThat(normalized.text()).isEqualTo("a\nb\nc\n");
    assertThat(normalized.originalStart(1)).isEqualTo(1);
    assertThat(normalized.originalEnd(2)).isEqualTo(3);
  }

  @Test
  void replacesLoneSurrogatesAndKeepsPairs() {
    assertThat(text("a\uD800b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(text("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
  }

  @Test
  void composesCombiningMarksWithTheirBase() {
    NormalizedText normalized = normalizer.normalize("Cafe\u0301 x");
    assertThat(normalized.text()).isEqualTo("Caf\u00E9 x");
    assertThat(normalized.originalStart(3)).isEqualTo(3);
    assertThat(normalized.originalEnd(4)).isEqualTo(5);
  }

  @Test
  void appliesCompatibilityForms() {
    assertThat(text("\uFB01nal \uFF2D\uFF4F\uFF35 tunggu\u2026")).isEqualTo("final MoU tunggu...");
  }

  @Test
  void mapsSpansBackToExactlyTheOriginalCharsThatMadeThem() {
    String original = "\u201CMoU\u201D\u200B  \u2014 ok";
    NormalizedText normalized = normalizer.normalize(original);
    assertThat(normalized.text()).isEqualTo("\"MoU\" - ok");
    int quote = normalized.text().indexOf("MoU\"") + 3;
    // the closing quote's source stops before the zero-width space that followed it
    assertThat(original.substring(normalized.originalStart(0), normalized.originalEnd(quote + 1)))
        .isEqualTo("\u201CMoU\u201D");
    // the collapsed space covers the zero-width char between and both spaces
    assertThat(
            original.substring(
                normalized.originalStart(quote + 1), normalized.originalEnd(quote + 2)))
        .isEqualTo("  ");
  }

  @Test
  void everyNormalisedSpanComesFromTheOriginalSpanItMapsTo() {
    Random random = new Random(7);
    List<String> originals = new ArrayList<>();
    originals.add(Corpus.read("seed-000"));
    originals.add(Corpus.read("D001"));
    originals.add(Corpus.read("D026"));
    String[] pieces = {
      "a",
      "Z",
      " ",
      "  ",
      "\t",
      "\u00A0",
      "\u2009",
      "\u201C",
      "\u201D",
      "\u2019",
      "\u2013",
      "\u2014",
      "\u200B",
      "\u00AD",
      "\uFEFF",
      "\r\n",
      "\r",
      "\n",
      "e\u0301",
      "\u00E9",
      "\uFB01",
      "\u2026",
      "\uD800",
      "\uDC00",
      "\uD83D\uDE00",
      "\u0000",
      "Rp5.000,00",
      "MoU",
      "\uFF2D"
    };
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      originals.add(b.toString());
    }
    for (String original : originals) {
      NormalizedText normalized = normalizer.normalize(original);
      String text = normalized.text();
      int n = text.length();
      for (int trial = 0; trial < 200 && n > 0; trial++) {
        int s = random.nextInt(n);
        int e = s + 1 + random.nextInt(Math.min(n - s, 30));
        int os = normalized.originalStart(s);
        int oe = normalized.originalEnd(e);
        assertThat(os).isLessThanOrEqualTo(oe);
        String source = original.substring(os, oe);
        String renormalized = normalizer.normalize(source).text();
        // a span may cut through the expansion of one original char ("\u2026" -> "..."), so the
        // source renormalises to the span itself or to a text that contains it
        assertThat(renormalized).contains(text.substring(s, e));
        assertThat(source).doesNotStartWith("\u200B").doesNotEndWith("\u200B");
      }
      if (n > 0) {
        assertThat(normalized.originalStart(0)).isGreaterThanOrEqualTo(0);
        assertThat(normalized.originalEnd(n)).isLessThanOrEqualTo(original.length());
      }
      for (int i = 1; i < n; i++) {
        assertThat(normalized.originalStart(i))
            .isGreaterThanOrEqualTo(normalized.originalStart(i - 1));
        assertThat(normalized.originalEnd(i + 1)).isGreaterThanOrEqualTo(normalized.originalEnd(i));
      }
    }
  }

  @Test
  void spansWithoutExpandingCharsRenormaliseToExactlyTheSameText() {
    String original =
        "Pemerintah\u00A0Indonesia \u2013 RRT\u200B  teken \u201CMoU\u201D\r\nJumat (8/9).";
    NormalizedText normalized = normalizer.normalize(original);
    String text = normalized.text();
    for (int s = 0; s < text.length(); s++) {
      for (int e = s + 1; e <= text.length(); e++) {
        String source = original.substring(normalized.originalStart(s), normalized.originalEnd(e));
        assertThat(normalizer.normalize(source).text()).isEqualTo(text.substring(s, e));
      }
    }
  }

  @Test
  void plainAsciiNeedsNoOffsetEdits() {
    NormalizedText normalized = normalizer.normalize("Kemenperin dan MIIT meneken MoU.\nBaru.");

    assertThat(normalized.edits()).isZero();
    assertThat(normalized.originalStart(11)).isEqualTo(11);
    assertThat(normalized.originalEnd(15)).isEqualTo(15);
  }

  @Test
  void offsetEditsGrowWithChangedCharsNotWithLength() {
    String original = "a\u00a0b \u201cc\u201d" + "x".repeat(1_000_000) + "  y";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.edits()).isLessThan(10);
    int y = normalized.text().indexOf('y');
    assertThat(original.substring(normalized.originalStart(y), normalized.originalEnd(y + 1)))
        .isEqualTo("y");
  }

  @Test
  void survivesHostileInput() {
    for (String hostile : Corpus.hostile()) {
      NormalizedText normalized = normalizer.normalize(hostile);
      for (int i = 0; i < normalized.text().length(); i++) {
        assertThat(normalized.originalStart(i)).isLessThan(normalized.originalEnd(i + 1));
      }
      assertThat(normalized.originalEnd(normalized.text().length()))
          .isLessThanOrEqualTo(hostile.length());
    }
  }

  private String text(String original) {
    return normalizer.normalize(original).text();
  }
}
