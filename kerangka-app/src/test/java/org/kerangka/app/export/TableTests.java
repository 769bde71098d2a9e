package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TableTests {

  @Test
  void everyFormulaStartGetsAnApostrophe() {
    for (String text : new String[] {"=1+1", "+62 21 555", "-2", "@SUM(A1)", "\tx", "\rx", "\0x"}) {
      assertThat(Table.neutralised(text)).isEqualTo("'" + text);
    }
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    for (String text : new String[] {"", "Kemenperin", "1+1", " =1", "'quoted", "a=b"}) {
      assertThat(Table.neutralised(text)).isEqualTo(text);
    }
  }

  @Test
  void csvKeepsNumbersAsNumbersAndDatesAsIsoText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Table table = Table.csv(out)) {
      table.row(
          Arrays.asList(
              -5, new BigDecimal("-1250.50"), LocalDate.of(2028, 9, 7), null, "-5", "Jalan \"A\""));
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("\uFEFF-5,-1250.50,2028-09-07,,'-5,\"Jalan \"\"A\"\"\"\r\n");
  }
}
