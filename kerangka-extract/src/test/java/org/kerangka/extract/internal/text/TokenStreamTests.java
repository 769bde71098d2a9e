package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenStreamTests {

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    TokenStream ts = TokenStream.over(text, 0, text.length());
    while (!ts.atEnd()) {
      String kind =
          switch (ts.kind(0)) {
            case TokenStream.WORD -> "W";
            case TokenStream.NUMBER -> "N";
            default -> "S";
          };
      out.add(kind + ":" + text.substring(ts.start(0), ts.end(0)));
      ts.skip(1);
    }
    return out;
  }

  @Test
  void splitsLettersFromDigitsAndKeepsNumberSeparatorsBetweenDigits() {
    assertThat(tokens("Rp1.418,9 triliun."))
        .containsExactly("W:Rp", "N:1.418,9", "W:triliun", "S:.");
  }

  @Test
  void keepsApostropheInsideWords() {
    assertThat(tokens("Jum'at (8/9)"))
        .containsExactly("W:Jum'at", "S:(", "N:8", "S:/", "N:9", "S:)");
  }

  @Test
  void reportsWhetherTokensTouch() {
    TokenStream ts = TokenStream.over("US$ 5", 0, 5);
    assertThat(ts.touches(0)).isTrue();
    assertThat(ts.touches(1)).isFalse();
    assertThat(ts.touches(2)).isFalse();
  }

  @Test
  void looksAheadOnlyWithinTheWindowAndTheRange() {
    TokenStream ts = TokenStream.over("a b c", 0, 3);
    assertThat(ts.kind(1)).isEqualTo(TokenStream.WORD);
    assertThat(ts.kind(2)).isEqualTo(TokenStream.NONE);
    assertThat(ts.kind(-1)).isEqualTo(TokenStream.NONE);
    assertThat(ts.kind(TokenStream.WINDOW)).isEqualTo(TokenStream.NONE);
    assertThat(ts.start(5)).isEqualTo(3);
  }

  @Test
  void clampsOutOfRangeBounds() {
    assertThat(TokenStream.over("abc", -4, 99).length(0)).isEqualTo(3);
    assertThat(TokenStream.over("abc", 2, 1).atEnd()).isTrue();
  }

  @Test
  void readsPlainNumbers() {
    TokenStream ts = TokenStream.over("2024 1.000 9999999999", 0, 21);
    assertThat(ts.intValue(0)).isEqualTo(2024);
    assertThat(ts.isPlainNumber(1, 9)).isFalse();
    assertThat(ts.intValue(2)).isEqualTo(-1);
  }
}
