package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTests {

  private final Lexicon lexicon = Lexicon.of(Map.of("Juni", 6, "miliar", 9, "jum'at", 5));

  @Test
  void findsWordsInARegionIgnoringCase() {
    String text = "13 JUNI dan Rp5 Miliar, Jum'at";
    assertThat(lexicon.get(text, 3, 7)).isEqualTo(6);
    assertThat(lexicon.get(text, 16, 22)).isEqualTo(9);
    assertThat(lexicon.get(text, 24, 30)).isEqualTo(5);
  }

  @Test
  void returnsMinusOneForUnknownOrOutOfRangeRegions() {
    assertThat(lexicon.get("Juli", 0, 4)).isEqualTo(-1);
    assertThat(lexicon.get("Juni", 0, 3)).isEqualTo(-1);
    assertThat(lexicon.get("Juni", -1, 4)).isEqualTo(-1);
    assertThat(lexicon.get("Juni", 2, 9)).isEqualTo(-1);
    assertThat(lexicon.get("", 0, 0)).isEqualTo(-1);
  }

  @Test
  void rejectsNegativeValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.of(Map.of("x", -1)));
  }
}
