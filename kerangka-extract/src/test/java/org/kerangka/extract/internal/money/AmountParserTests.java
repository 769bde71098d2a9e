package org.kerangka.extract.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.internal.money.AmountParser.Context;

class AmountParserTests {

  private static @Nullable BigDecimal parse(String s, Context context) {
    return AmountParser.parse(s, 0, s.length(), context);
  }

  @Test
  void readsBothSeparatorsWithTheLastAsDecimalMark() {
    assertThat(parse("1.418,9", Context.NONE)).isEqualTo(new BigDecimal("1418.9"));
    assertThat(parse("1,418.9", Context.NONE)).isEqualTo(new BigDecimal("1418.9"));
    assertThat(parse("5.000,00", Context.NONE)).isEqualTo(new BigDecimal("5000"));
  }

  @Test
  void readsRepeatedSeparatorsAsThousands() {
    assertThat(parse("1.000.000", Context.NONE)).isEqualTo(new BigDecimal("1000000"));
    assertThat(parse("1,000,000", Context.ENGLISH_SCALE)).isEqualTo(new BigDecimal("1000000"));
  }

  @Test
  void readsASingleSeparatorBeforeOtherThanThreeDigitsAsDecimalMark() {
    assertThat(parse("1,2", Context.INDONESIAN_SCALE)).isEqualTo(new BigDecimal("1.2"));
    assertThat(parse("3.5", Context.ENGLISH_SCALE)).isEqualTo(new BigDecimal("3.5"));
    assertThat(parse("1.65", Context.NONE)).isEqualTo(new BigDecimal("1.65"));
  }

  @Test
  void settlesThreeDigitGroupsByContext() {
    assertThat(parse("5.000", Context.NONE)).isEqualTo(new BigDecimal("5000"));
    assertThat(parse("15,800", Context.NONE)).isEqualTo(new BigDecimal("15800"));
    assertThat(parse("1,250", Context.INDONESIAN_SCALE)).isEqualTo(new BigDecimal("1.25"));
    assertThat(parse("1.250", Context.ENGLISH_SCALE)).isEqualTo(new BigDecimal("1.25"));
    assertThat(parse("1.250", Context.INDONESIAN_SCALE)).isEqualTo(new BigDecimal("1250"));
  }

  @Test
  void rejectsMalformedFigures() {
    assertThat(parse("1.2.3", Context.NONE)).isNull();
    assertThat(parse("1,5.000", Context.NONE)).isNull();
    assertThat(parse("12.34,5,6", Context.NONE)).isNull();
    assertThat(parse("1234.567.890", Context.NONE)).isNull();
    assertThat(parse("", Context.NONE)).isNull();
    assertThat(parse("1a", Context.NONE)).isNull();
    assertThat(parse("9".repeat(AmountParser.MAX_LENGTH + 1), Context.NONE)).isNull();
  }

  @Test
  void neverGivesANegativeScale() {
    assertThat(AmountParser.plain(new BigDecimal("5E+3")).toString()).isEqualTo("5000");
  }
}
