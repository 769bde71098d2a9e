package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermTests {

  private static Draft termOf(String sentence) {
    Analysed a = Analysed.of(sentence);
    Draft d = new Draft(0);
    Term.find(a.sent(0), d);
    return d;
  }

  @Test
  void readsAnIndonesianTermThatCanBeExtended() {
    Draft d =
        termOf(
            "Nota kesepahaman itu berlaku selama 5 tahun dan dapat diperpanjang atas kesepakatan"
                + " kedua belah pihak.");

    assertThat(d.termYears).isEqualTo(5);
    assertThat(d.extendable).isTrue();
  }

  @Test
  void readsANumberWrittenInIndonesianWords() {
    Draft d = termOf("Perjanjian tersebut berlaku untuk jangka waktu tiga tahun.");

    assertThat(d.termYears).isEqualTo(3);
  }

  @Test
  void readsAnEnglishTermThatIsRenewable() {
    Draft d = termOf("The memorandum is valid for a period of five years, renewable by consent.");

    assertThat(d.termYears).isEqualTo(5);
    assertThat(d.extendable).isTrue();
  }

  @Test
  void convertsWholeYearsOfMonths() {
    assertThat(termOf("The programme will run over 12 months.").termYears).isEqualTo(1);
    assertThat(termOf("Kontrak itu berlaku selama 24 bulan.").termYears).isEqualTo(2);
  }

  @Test
  void ignoresMonthsThatAreNotWholeYears() {
    assertThat(termOf("Kontrak itu berlaku selama 18 bulan.").termYears).isNull();
  }

  @Test
  void readsAHyphenatedTermBeforeTheInstrument() {
    Draft d = termOf("The two ministries signed a five-year memorandum on Tuesday.");

    assertThat(d.termYears).isEqualTo(5);
    assertThat(d.extendable).isNull();
  }

  @Test
  void doesNotReadAPlanningHorizonAsATerm() {
    Draft d = termOf("Kedua pihak menargetkan investasi Rp2 triliun dalam tiga tahun ke depan.");

    assertThat(d.termYears).isNull();
  }

  @Test
  void doesNotReadAPastPeriodAsATerm() {
    Draft d = termOf("Kerja sama kedua pihak sudah berjalan selama 10 tahun terakhir.");

    assertThat(d.termYears).isNull();
  }

  @Test
  void doesNotReadAYearCountWithoutTermContextAsATerm() {
    assertThat(termOf("Pabrik itu dibangun 3 tahun lalu.").termYears).isNull();
  }

  @Test
  void doesNotMarkATermThatCannotBeExtendedAsExtendable() {
    Draft d = termOf("Perjanjian itu berlaku selama 2 tahun dan tidak diperpanjang.");

    assertThat(d.termYears).isEqualTo(2);
    assertThat(d.extendable).isNull();
  }

  @Test
  void readsAnEnglishExtensionClause() {
    Draft d = termOf("The agreement is valid for three years and may be extended.");

    assertThat(d.termYears).isEqualTo(3);
    assertThat(d.extendable).isTrue();
  }

  @Test
  void doesNotReadRenewableEnergyAsARenewableTerm() {
    Draft d = termOf("The agreement covers renewable energy and critical minerals.");

    assertThat(d.extendable).isNull();
  }

  @Test
  void keepsATermAlreadyFound() {
    Analysed a =
        Analysed.of(
            "Nota kesepahaman itu berlaku selama 5 tahun. Proyek pertama berlaku selama 2 tahun.");
    Draft d = new Draft(0);

    Term.find(a.sent(0), d);
    Term.find(a.sent(1), d);

    assertThat(d.termYears).isEqualTo(5);
  }
}
