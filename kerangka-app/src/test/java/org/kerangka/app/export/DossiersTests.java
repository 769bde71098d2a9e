package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;

class DossiersTests {
  private static final LocalDate SIGNED = LocalDate.of(2023, 9, 8);

  private static Agreement fiveYears(Period notice) {
    Agreement mou = Agreement.draft(Instrument.MOU, "Nota Kesepahaman", null);
    mou.signed(SIGNED, "Jakarta", null, List.of());
    mou.runsFor(true, null, Period.ofYears(5), RenewalMode.BY_WRITTEN_AGREEMENT, notice);
    return mou;
  }

  @Test
  void optionsOfAFiveYearMouNearItsExpiry() {
    List<Dossiers.Option> options =
        Dossiers.options(fiveYears(Period.ofMonths(6)), LocalDate.of(2028, 3, 1));
    assertThat(options)
        .extracting(Dossiers.Option::choice)
        .containsExactly(
            Dossiers.Choice.LAPSE,
            Dossiers.Choice.EXTEND,
            Dossiers.Choice.AMEND,
            Dossiers.Choice.REPLACE);
    Dossiers.Option lapse = options.get(0);
    assertThat(lapse.expiresOn()).isEqualTo(LocalDate.of(2028, 9, 7));
    assertThat(lapse.noticeDeadline()).isEqualTo(LocalDate.of(2028, 3, 7));
    Dossiers.Option extend = options.get(1);
    assertThat(extend.expiresOn()).isEqualTo(LocalDate.of(2033, 9, 7));
    assertThat(extend.noticeDeadline()).isEqualTo(LocalDate.of(2033, 3, 7));
    assertThat(extend.reviewStartsOn()).isEqualTo(LocalDate.of(2032, 9, 7));
    assertThat(options.get(2).expiresOn()).isEqualTo(LocalDate.of(2028, 9, 7));
    assertThat(options.get(3).expiresOn()).isEqualTo(LocalDate.of(2033, 9, 7));
  }

  @Test
  void anExtensionAlreadyRecordedMovesEveryOption() {
    Agreement mou = fiveYears(null);
    mou.record(
        new LifecycleEvent(
            LifecycleEventType.EXTENDED, LocalDate.of(2028, 6, 1), Period.ofYears(2), null));
    List<Dossiers.Option> options = Dossiers.options(mou, LocalDate.of(2030, 3, 1));
    assertThat(options.get(0).expiresOn()).isEqualTo(LocalDate.of(2030, 9, 7));
    assertThat(options.get(0).noticeDeadline()).isNull();
    assertThat(options.get(1).expiresOn()).isEqualTo(LocalDate.of(2035, 9, 7));
    assertThat(options.get(3).expiresOn()).isEqualTo(LocalDate.of(2035, 9, 7));
  }

  @Test
  void anOpenEndedAgreementHasNoOptions() {
    Agreement open = Agreement.draft(Instrument.MOU, "Tanpa batas", null);
    open.signed(SIGNED, null, null, List.of());
    assertThat(Dossiers.options(open, LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void progressCountsFromTheBaselineTowardsTheTarget() {
    assertThat(Dossiers.percent(BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("38"), true))
        .isEqualTo(76);
    assertThat(
            Dossiers.percent(
                new BigDecimal("60"), new BigDecimal("90"), new BigDecimal("85"), true))
        .isEqualTo(83);
    // a descending indicator: rejects from 20% down to 5%, now at 8%
    assertThat(
            Dossiers.percent(new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("8"), false))
        .isEqualTo(80);
    assertThat(Dossiers.percent(null, new BigDecimal("10"), null, true)).isNull();
    assertThat(Dossiers.percent(null, null, BigDecimal.ONE, true)).isNull();
    assertThat(
            Dossiers.percent(new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5"), true))
        .isEqualTo(100);
  }
}
