package org.kerangka.extract.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyFinderTests {

  private static List<MoneyMention> find(String text) {
    return MoneyFinder.find(text, 0, text.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plafon hingga Rp5 triliun. MoU       | Rp5 triliun          | 5000000000000    | IDR",
        "pendanaan riset Rp 42,5 miliar yang  | Rp 42,5 miliar       | 42500000000      | IDR",
        "harga Rp5.000,00 per gram            | Rp5.000,00           | 5000             | IDR",
        "Antam Naik Rp5.000 per Gram          | Rp5.000              | 5000             | IDR",
        "investasi mencapai Rp1.418,9 triliun | Rp1.418,9 triliun    | 1418900000000000 | IDR",
        "recorded IDR 1,418.9 trillion (about | IDR 1,418.9 trillion | 1418900000000000 | IDR",
        "about IDR 115 trillion, and          | IDR 115 trillion     | 115000000000000  | IDR",
        "mencapai US$1,2 miliar.              | US$1,2 miliar        | 1200000000       | USD",
        "petrokimia senilai US$ 1,5 miliar.   | US$ 1,5 miliar       | 1500000000       | USD",
        "senilai US$12,5 juta untuk           | US$12,5 juta         | 12500000         | USD",
        "nilai kontrak US$ 8,4 juta.          | US$ 8,4 juta         | 8400000          | USD",
        "deal worth $450 million              | $450 million         | 450000000        | USD",
        "investment of US$3.5 billion.        | US$3.5 billion       | 3500000000       | USD",
        "deal, worth USD 300 million, covers  | USD 300 million      | 300000000        | USD",
        "grant, worth $1.65 million, was      | $1.65 million        | 1650000          | USD",
        "hibah 2 juta dolar AS.               | 2 juta dolar AS      | 2000000          | USD",
        "senilai 850 ribu dolar AS.           | 850 ribu dolar AS    | 850000           | USD",
        "up to KRW 10.7 trillion, or          | KRW 10.7 trillion    | 10700000000000   | KRW",
        "hingga 10,7 triliun won.             | 10,7 triliun won     | 10700000000000   | KRW",
        "sebesar 5 triliun rupiah.            | 5 triliun rupiah     | 5000000000000    | IDR",
        "Rp 5.000 , 00 per lembar             | Rp 5.000 , 00        | 5000             | IDR",
        "Rp 500 ribu rupiah untuk             | Rp 500 ribu rupiah   | 500000           | IDR",
        "senilai Rp. 750 miliar               | Rp. 750 miliar       | 750000000000     | IDR",
        "a S$20 million fund                  | S$20 million         | 20000000         | SGD",
        "an A$1.2bn deal                      | A$1.2bn              | 1200000000       | AUD",
        "worth €50 million                    | €50 million          | 50000000         | EUR",
        "worth EUR 50 million                 | EUR 50 million       | 50000000         | EUR",
        "worth ¥3 billion                     | ¥3 billion           | 3000000000       | JPY",
        "sebesar 3 miliar yen                 | 3 miliar yen         | 3000000000       | JPY",
        "SGD 12 million                       | SGD 12 million       | 12000000         | SGD",
        "RM 2,5 juta                          | RM 2,5 juta          | 2500000          | MYR",
        "AUD 40 million                       | AUD 40 million       | 40000000         | AUD",
        "CNY 1 billion                        | CNY 1 billion        | 1000000000       | CNY",
        "RMB 2 billion                        | RMB 2 billion        | 2000000000       | CNY",
        "10 miliar yuan                       | 10 miliar yuan       | 10000000000      | CNY",
        "JPY 5 billion                        | JPY 5 billion        | 5000000000       | JPY",
        "SAR 1 billion                        | SAR 1 billion        | 1000000000       | SAR",
        "2 miliar riyal                       | 2 miliar riyal       | 2000000000       | SAR",
        "AED 3 billion                        | AED 3 billion        | 3000000000       | AED",
        "3 miliar dirham                      | 3 miliar dirham      | 3000000000       | AED",
        "5 juta ringgit                       | 5 juta ringgit       | 5000000          | MYR",
        "MYR 5 million                        | MYR 5 million        | 5000000          | MYR",
        "Rp5 M untuk                          | Rp5 M                | 5000000000       | IDR",
        "Rp2 T untuk                          | Rp2 T                | 2000000000000    | IDR",
        "a $5m grant                          | $5m                  | 5000000          | USD",
        "$3.5bn expansion                     | $3.5bn               | 3500000000       | USD",
        "sebesar Rp1,250 triliun              | Rp1,250 triliun      | 1250000000000    | IDR",
        "500 US dollars                       | 500 US dollars       | 500              | USD",
        "300 million USD                      | 300 million USD      | 300000000        | USD",
        "senilai 1,5 miliar dolar             | 1,5 miliar dolar     | 1500000000       | USD",
        "$1,500 fee                           | $1,500               | 1500             | USD",
        "Rp 50 ribuan                         | Rp 50 ribuan         | 50000            | IDR",
      })
  void findsTheAmountAndCurrency(String text, String span, String amount, String currency) {
    List<MoneyMention> found = find(text);
    assertThat(found).as(text).hasSize(1);
    MoneyMention m = found.get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
    assertThat(m.amount()).isEqualTo(new BigDecimal(amount));
    assertThat(m.currency()).isEqualTo(currency);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Rupiah melemah ke 15,800 per dollar",
        "hubungi 0812-3456-7890 atau (021) 555 1234",
        "inflasi 2,29 persen",
        "kapasitas 12,7 gigawatt",
        "pada 2024 dan 2023",
        "sebanyak 1.000 orang",
        "impor 2 juta ton beras",
        "naik 5% tahun ini",
        "3.5 billion people",
        "",
        "Rp",
        "US$ dan Rp.",
      })
  void findsNoMoneyWithoutACurrency(String text) {
    assertThat(find(text)).isEmpty();
  }

  @Test
  void findsEveryAmountInOrder() {
    String text = "TEI US$9,3 miliar, Rp 200 juta sampai Rp 300 juta, dan Rp5 miliar-Rp10 miliar.";
    assertThat(find(text))
        .extracting(m -> m.amount().toPlainString() + " " + m.currency())
        .containsExactly(
            "9300000000 USD",
            "200000000 IDR",
            "300000000 IDR",
            "5000000000 IDR",
            "10000000000 IDR");
  }

  @Test
  void writesAmountsWithoutExponent() {
    MoneyMention m = find("Rp5 triliun").get(0);
    assertThat(m.amount().toPlainString()).isEqualTo("5000000000000");
    assertThat(m.amount().toString()).isEqualTo("5000000000000");
  }

  @Test
  void honoursTheRange() {
    String text = "Rp5 triliun dan US$2 juta";
    assertThat(MoneyFinder.find(text, 12, text.length()))
        .singleElement()
        .satisfies(m -> assertThat(m.currency()).isEqualTo("USD"));
    assertThat(MoneyFinder.find(text, -3, 999)).hasSize(2);
    assertThat(MoneyFinder.find(text, 9, 2)).isEmpty();
  }

  @Test
  void ignoresFiguresTooLongToBeAmounts() {
    assertThat(find("Rp" + "9".repeat(5000) + " triliun")).isEmpty();
  }
}
