package org.kerangka.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kerangka.app.lifecycle.AgreementStatus.EXPIRED;
import static org.kerangka.app.lifecycle.AgreementStatus.EXPIRING;
import static org.kerangka.app.lifecycle.AgreementStatus.EXTENDED;
import static org.kerangka.app.lifecycle.AgreementStatus.IN_FORCE;
import static org.kerangka.app.lifecycle.AgreementStatus.PLANNED;
import static org.kerangka.app.lifecycle.AgreementStatus.SIGNED;
import static org.kerangka.app.lifecycle.AgreementStatus.TERMINATED;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleCalculatorTests {

  private static final LocalDate SEED_SIGNED = LocalDate.of(2023, 9, 8);

  /** The seed MoU: Kemenperin and MIIT, signed 8 September 2023, five years, extendable. */
  private static final Term SEED =
      new Term(SEED_SIGNED, null, Period.ofYears(5), RenewalMode.BY_WRITTEN_AGREEMENT, null);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static LifecycleEvent event(LifecycleEventType type, String on) {
    return new LifecycleEvent(type, day(on), null, null);
  }

  private static LifecycleEvent extended(String on, Period extension) {
    return new LifecycleEvent(LifecycleEventType.EXTENDED, day(on), extension, "exchange of notes");
  }

  private static AgreementStatus status(String on, Term term, LifecycleEvent... events) {
    return LifecycleCalculator.statusOn(day(on), term, List.of(events));
  }

  // --- the seed case ---

  @Test
  void fiveYearTermSignedOnEighthSeptember2023ExpiresOnSeventhSeptember2028() {
    LifecycleDates dates = LifecycleCalculator.dates(SEED, List.of());

    assertThat(dates.entryIntoForce()).isEqualTo(SEED_SIGNED);
    assertThat(dates.expiresOn()).isEqualTo(day("2028-09-07"));
    assertThat(dates.reviewStartsOn()).isEqualTo(day("2027-09-07"));
    assertThat(dates.noticeDeadline()).isNull();
  }

  @Test
  void seedAgreementIsInForceOnTwentyEighthNovember2026() {
    assertThat(status("2026-11-28", SEED)).isEqualTo(IN_FORCE);
  }

  @Test
  void withoutNoticePeriodTheSeedAgreementIsExpiringInItsLastSixMonths() {
    assertThat(status("2028-03-06", SEED)).isEqualTo(IN_FORCE);
    assertThat(status("2028-03-07", SEED)).isEqualTo(EXPIRING);
    assertThat(status("2028-04-01", SEED)).isEqualTo(EXPIRING);
    assertThat(status("2028-09-07", SEED)).isEqualTo(EXPIRING);
  }

  @Test
  void seedAgreementHasExpiredOnTheDayAfterItsLastDay() {
    assertThat(status("2028-09-08", SEED)).isEqualTo(EXPIRED);
  }

  @Test
  void agreementIsInForceOnTheDayOfSignatureWhenNoOtherEntryIntoForceIsKnown() {
    assertThat(status("2023-09-07", SEED)).isEqualTo(PLANNED);
    assertThat(status("2023-09-08", SEED)).isEqualTo(IN_FORCE);
  }

  // --- leap days and month ends ---

  @Test
  void oneYearTermFromTwentyNinthFebruary2024EndsOnTwentyEighthFebruary2025() {
    Term term = new Term(day("2024-02-29"), null, Period.ofYears(1), RenewalMode.NONE, null);

    assertThat(LifecycleCalculator.dates(term, List.of()).expiresOn()).isEqualTo(day("2025-02-28"));
    assertThat(status("2025-02-28", term)).isEqualTo(EXPIRING);
    assertThat(status("2025-03-01", term)).isEqualTo(EXPIRED);
  }

  @Test
  void oneYearTermFromFirstMarch2023EndsOnTheLeapDay2024() {
    Term term = new Term(day("2023-03-01"), null, Period.ofYears(1), RenewalMode.NONE, null);

    assertThat(LifecycleCalculator.dates(term, List.of()).expiresOn()).isEqualTo(day("2024-02-29"));
  }

  @Test
  void fourYearTermFromTwentyNinthFebruary2024EndsOnTwentyEighthFebruary2028() {
    Term term = new Term(day("2024-02-29"), null, Period.ofYears(4), RenewalMode.NONE, null);

    assertThat(LifecycleCalculator.dates(term, List.of()).expiresOn()).isEqualTo(day("2028-02-28"));
  }

  @Test
  void oneMonthTermFromThirtyFirstJanuaryEndsOnTheLastDayOfFebruary() {
    Term term = new Term(day("2024-01-31"), null, Period.ofMonths(1), RenewalMode.NONE, null);

    assertThat(LifecycleCalculator.dates(term, List.of()).expiresOn()).isEqualTo(day("2024-02-29"));
  }

  // --- entry into force later than signature ---

  @Test
  void agreementEnteringIntoForceOnAStatedDayCountsItsTermFromThatDay() {
    Term term =
        new Term(day("2023-09-08"), day("2024-01-01"), Period.ofYears(3), RenewalMode.NONE, null);

    LifecycleDates dates = LifecycleCalculator.dates(term, List.of());

    assertThat(dates.entryIntoForce()).isEqualTo(day("2024-01-01"));
    assertThat(dates.expiresOn()).isEqualTo(day("2026-12-31"));
    assertThat(status("2023-12-31", term)).isEqualTo(SIGNED);
    assertThat(status("2024-01-01", term)).isEqualTo(IN_FORCE);
  }

  @Test
  void recordedEntryIntoForceOverridesThePlannedDay() {
    Term term =
        new Term(day("2023-09-08"), day("2024-01-01"), Period.ofYears(3), RenewalMode.NONE, null);
    LifecycleEvent ratified = event(LifecycleEventType.ENTERED_INTO_FORCE, "2024-03-15");

    assertThat(LifecycleCalculator.dates(term, List.of(ratified)).expiresOn())
        .isEqualTo(day("2027-03-14"));
    assertThat(status("2024-02-01", term, ratified)).isEqualTo(SIGNED);
    assertThat(status("2024-03-15", term, ratified)).isEqualTo(IN_FORCE);
  }

  @Test
  void agreementIsOnlySignedUntilARecordedLaterEntryIntoForce() {
    Term term = new Term(day("2023-09-08"), null, Period.ofYears(5), RenewalMode.NONE, null);
    LifecycleEvent notified = event(LifecycleEventType.ENTERED_INTO_FORCE, "2023-11-20");

    assertThat(status("2023-10-01", term, notified)).isEqualTo(SIGNED);
    assertThat(status("2023-11-20", term, notified)).isEqualTo(IN_FORCE);
    assertThat(LifecycleCalculator.dates(term, List.of(notified)).entryIntoForce())
        .isEqualTo(day("2023-11-20"));
  }

  @Test
  void signingEventStandsInForAMissingSigningDate() {
    Term term = new Term(null, null, Period.ofYears(2), RenewalMode.NONE, null);
    LifecycleEvent signed = event(LifecycleEventType.SIGNED, "2025-05-20");

    assertThat(status("2025-05-19", term, signed)).isEqualTo(PLANNED);
    assertThat(status("2025-05-20", term, signed)).isEqualTo(IN_FORCE);
    assertThat(LifecycleCalculator.dates(term, List.of(signed)).expiresOn())
        .isEqualTo(day("2027-05-19"));
  }

  // --- notice period ---

  @Test
  void noticeDeadlineIsExpiryMinusTheNoticePeriod() {
    Term term =
        new Term(SEED_SIGNED, null, Period.ofYears(5), RenewalMode.AUTOMATIC, Period.ofMonths(3));

    LifecycleDates dates = LifecycleCalculator.dates(term, List.of());

    assertThat(dates.noticeDeadline()).isEqualTo(day("2028-06-07"));
    assertThat(dates.reviewStartsOn()).isEqualTo(day("2027-09-07"));
  }

  @Test
  void withANoticePeriodTheAgreementIsExpiringFromTheNoticeDeadline() {
    Term term =
        new Term(
            SEED_SIGNED,
            null,
            Period.ofYears(5),
            RenewalMode.BY_WRITTEN_AGREEMENT,
            Period.ofDays(90));

    assertThat(status("2028-04-01", term)).isEqualTo(IN_FORCE);
    assertThat(status("2028-06-08", term)).isEqualTo(IN_FORCE);
    assertThat(status("2028-06-09", term)).isEqualTo(EXPIRING);
    assertThat(status("2028-09-07", term)).isEqualTo(EXPIRING);
  }

  // --- extensions ---

  @Test
  void extensionsChainFromThePreviousExpiry() {
    List<LifecycleEvent> events =
        List.of(
            extended("2028-06-01", Period.ofYears(5)), extended("2033-01-10", Period.ofYears(2)));

    assertThat(LifecycleCalculator.dates(SEED, events.subList(0, 1)).expiresOn())
        .isEqualTo(day("2033-09-07"));
    assertThat(LifecycleCalculator.dates(SEED, events).expiresOn()).isEqualTo(day("2035-09-07"));
  }

  @Test
  void extensionRecordedOutOfOrderIsAppliedInDateOrder() {
    List<LifecycleEvent> events =
        List.of(
            extended("2033-01-10", Period.ofYears(2)), extended("2028-06-01", Period.ofYears(5)));

    assertThat(LifecycleCalculator.dates(SEED, events).expiresOn()).isEqualTo(day("2035-09-07"));
  }

  @Test
  void extendedAgreementIsInForceBeforeAndExtendedAfterItsOriginalExpiry() {
    LifecycleEvent extension = extended("2028-06-01", Period.ofYears(5));

    assertThat(status("2028-05-31", SEED, extension)).isEqualTo(EXPIRING);
    assertThat(status("2028-06-01", SEED, extension)).isEqualTo(IN_FORCE);
    assertThat(status("2028-09-08", SEED, extension)).isEqualTo(EXTENDED);
    assertThat(status("2033-03-06", SEED, extension)).isEqualTo(EXTENDED);
    assertThat(status("2033-03-07", SEED, extension)).isEqualTo(EXPIRING);
    assertThat(status("2033-09-08", SEED, extension)).isEqualTo(EXPIRED);
  }

  @Test
  void extensionAgreedAfterLapseCountsOnlyFromTheDayItWasAgreed() {
    LifecycleEvent lateExtension = extended("2028-10-01", Period.ofYears(5));

    assertThat(status("2028-09-20", SEED, lateExtension)).isEqualTo(EXPIRED);
    assertThat(status("2028-10-01", SEED, lateExtension)).isEqualTo(EXTENDED);
    assertThat(LifecycleCalculator.dates(SEED, List.of(lateExtension)).expiresOn())
        .isEqualTo(day("2033-09-07"));
  }

  @Test
  void noticeDeadlineAndReviewFollowTheExtendedExpiry() {
    Term term =
        new Term(
            SEED_SIGNED,
            null,
            Period.ofYears(5),
            RenewalMode.BY_EXCHANGE_OF_NOTES,
            Period.ofMonths(6));

    LifecycleDates dates =
        LifecycleCalculator.dates(term, List.of(extended("2028-06-01", Period.ofYears(5))));

    assertThat(dates.expiresOn()).isEqualTo(day("2033-09-07"));
    assertThat(dates.noticeDeadline()).isEqualTo(day("2033-03-07"));
    assertThat(dates.reviewStartsOn()).isEqualTo(day("2032-09-07"));
  }

  // --- automatic renewal ---

  @Test
  void automaticallyRenewedAgreementIsExtendedAfterItsFirstExpiry() {
    Term term = new Term(SEED_SIGNED, null, Period.ofYears(5), RenewalMode.AUTOMATIC, null);

    assertThat(status("2028-04-01", term)).isEqualTo(EXPIRING);
    assertThat(status("2028-09-08", term)).isEqualTo(EXTENDED);
    assertThat(status("2041-01-01", term)).isEqualTo(EXTENDED);
    assertThat(LifecycleCalculator.dates(term, List.of()).expiresOn()).isEqualTo(day("2028-09-07"));
  }

  @Test
  void automaticRenewalStopsWithTermination() {
    Term term = new Term(SEED_SIGNED, null, Period.ofYears(5), RenewalMode.AUTOMATIC, null);
    LifecycleEvent terminated = event(LifecycleEventType.TERMINATED, "2030-01-15");

    assertThat(status("2030-01-14", term, terminated)).isEqualTo(EXTENDED);
    assertThat(status("2030-01-15", term, terminated)).isEqualTo(TERMINATED);
  }

  // --- termination ---

  @Test
  void terminatedAgreementIsTerminatedFromTheDayOfTermination() {
    LifecycleEvent terminated = event(LifecycleEventType.TERMINATED, "2025-06-30");

    assertThat(status("2025-06-29", SEED, terminated)).isEqualTo(IN_FORCE);
    assertThat(status("2025-06-30", SEED, terminated)).isEqualTo(TERMINATED);
    assertThat(status("2030-01-01", SEED, terminated)).isEqualTo(TERMINATED);
  }

  @Test
  void terminationLeavesTheDatesAsAgreed() {
    LifecycleEvent terminated = event(LifecycleEventType.TERMINATED, "2025-06-30");

    assertThat(LifecycleCalculator.dates(SEED, List.of(terminated)))
        .isEqualTo(LifecycleCalculator.dates(SEED, List.of()));
  }

  @Test
  void amendmentChangesNeitherDatesNorStatus() {
    LifecycleEvent amended = event(LifecycleEventType.AMENDED, "2025-02-01");

    assertThat(LifecycleCalculator.dates(SEED, List.of(amended)))
        .isEqualTo(LifecycleCalculator.dates(SEED, List.of()));
    assertThat(status("2025-02-01", SEED, amended)).isEqualTo(IN_FORCE);
  }

  // --- open-ended and unsigned ---

  @Test
  void agreementWithoutTermNeverExpires() {
    Term term = new Term(SEED_SIGNED, null, null, RenewalMode.NONE, Period.ofMonths(6));

    assertThat(LifecycleCalculator.dates(term, List.of()))
        .isEqualTo(new LifecycleDates(SEED_SIGNED, null, null, null));
    assertThat(status("2099-12-31", term)).isEqualTo(IN_FORCE);
  }

  @Test
  void agreementWithoutSigningDateIsPlanned() {
    Term term = new Term(null, null, Period.ofYears(5), RenewalMode.NONE, null);

    assertThat(LifecycleCalculator.dates(term, List.of()))
        .isEqualTo(new LifecycleDates(null, null, null, null));
    assertThat(status("2026-01-01", term)).isEqualTo(PLANNED);
  }

  @Test
  void everyStatusIsReachable() {
    Term term = new Term(SEED_SIGNED, day("2023-10-01"), Period.ofYears(1), RenewalMode.NONE, null);
    LifecycleEvent extension = extended("2024-09-01", Period.ofYears(1));
    LifecycleEvent terminated = event(LifecycleEventType.TERMINATED, "2026-01-01");
    List<LifecycleEvent> history = List.of(extension, terminated);
    Set<AgreementStatus> seen = EnumSet.noneOf(AgreementStatus.class);

    for (LocalDate d = day("2023-01-01"); d.isBefore(day("2026-06-01")); d = d.plusDays(1)) {
      seen.add(LifecycleCalculator.statusOn(d, term, history));
    }

    assertThat(seen).containsExactlyInAnyOrder(AgreementStatus.values());
  }

  @Test
  void statusFollowsTheLifeOfAnAgreementInOrder() {
    Term term = new Term(SEED_SIGNED, day("2023-10-01"), Period.ofYears(1), RenewalMode.NONE, null);
    LifecycleEvent extension = extended("2024-09-01", Period.ofYears(1));

    assertThat(status("2023-09-07", term, extension)).isEqualTo(PLANNED);
    assertThat(status("2023-09-08", term, extension)).isEqualTo(SIGNED);
    assertThat(status("2023-10-01", term, extension)).isEqualTo(IN_FORCE);
    assertThat(status("2024-04-01", term, extension)).isEqualTo(EXPIRING);
    assertThat(status("2024-09-01", term, extension)).isEqualTo(IN_FORCE);
    assertThat(status("2024-10-01", term, extension)).isEqualTo(EXTENDED);
    assertThat(status("2025-04-01", term, extension)).isEqualTo(EXPIRING);
    assertThat(status("2025-10-01", term, extension)).isEqualTo(EXPIRED);
  }

  // --- rejected input ---

  @Test
  void zeroTermIsRejectedNamingTheTerm() {
    Term term = new Term(SEED_SIGNED, null, Period.ZERO, RenewalMode.NONE, null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.dates(term, List.of()))
        .withMessageStartingWith("term ");
  }

  @Test
  void negativeTermIsRejectedNamingTheTerm() {
    Term term = new Term(SEED_SIGNED, null, Period.ofYears(-5), RenewalMode.NONE, null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.statusOn(SEED_SIGNED, term, List.of()))
        .withMessageStartingWith("term ");
  }

  @Test
  void extensionEventWithoutExtensionIsRejectedNamingTheExtension() {
    LifecycleEvent bare = event(LifecycleEventType.EXTENDED, "2028-06-01");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.dates(SEED, List.of(bare)))
        .withMessageStartingWith("extension ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.statusOn(day("2020-01-01"), SEED, List.of(bare)))
        .withMessageStartingWith("extension ");
  }

  @Test
  void negativeExtensionIsRejectedNamingTheExtension() {
    LifecycleEvent shortened = extended("2028-06-01", Period.ofMonths(-1));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.dates(SEED, List.of(shortened)))
        .withMessageStartingWith("extension ");
  }

  @Test
  void noticePeriodLongerThanTheTermIsRejectedNamingTheNoticePeriod() {
    Term term =
        new Term(SEED_SIGNED, null, Period.ofYears(1), RenewalMode.AUTOMATIC, Period.ofMonths(13));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.dates(term, List.of()))
        .withMessageStartingWith("noticePeriod ");
  }

  @Test
  void noticePeriodAsLongAsTheTermIsAccepted() {
    Term term =
        new Term(SEED_SIGNED, null, Period.ofYears(1), RenewalMode.AUTOMATIC, Period.ofMonths(12));

    assertThat(LifecycleCalculator.dates(term, List.of()).noticeDeadline())
        .isEqualTo(day("2023-09-07"));
  }

  @Test
  void negativeNoticePeriodIsRejectedNamingTheNoticePeriod() {
    Term term =
        new Term(SEED_SIGNED, null, Period.ofYears(1), RenewalMode.AUTOMATIC, Period.ofDays(-30));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LifecycleCalculator.dates(term, List.of()))
        .withMessageStartingWith("noticePeriod ");
  }

  // --- the timeline stored for SQL filters ---

  @Test
  void timelineGivesTheStatusOfEveryDayForManyRandomLifecycles() {
    RandomLifecycles lifecycles = new RandomLifecycles(20261128L);
    for (int n = 0; n < 250; n++) {
      RandomLifecycles.Lifecycle l = lifecycles.next();
      List<StatusPeriod> timeline = LifecycleCalculator.timeline(l.term(), l.events());
      assertThat(timeline.get(0).from()).isNull();
      assertThat(timeline.get(timeline.size() - 1).to()).isNull();
      for (int i = 1; i < timeline.size(); i++) {
        assertThat(timeline.get(i).from()).isEqualTo(timeline.get(i - 1).to().plusDays(1));
        assertThat(timeline.get(i).status()).isNotEqualTo(timeline.get(i - 1).status());
      }
      for (LocalDate day = LocalDate.of(1999, 6, 1);
          day.isBefore(LocalDate.of(2050, 1, 1));
          day = day.plusDays(1)) {
        LocalDate d = day;
        AgreementStatus expected = LifecycleCalculator.statusOn(d, l.term(), l.events());
        assertThat(timeline.stream().filter(p -> p.contains(d)).toList())
            .as("%s on %s", l, d)
            .singleElement()
            .extracting(StatusPeriod::status)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void timelineOfTheSeedMouRunsFromPlannedThroughExpiringToExpired() {
    assertThat(LifecycleCalculator.timeline(SEED, List.of()))
        .containsExactly(
            new StatusPeriod(PLANNED, null, day("2023-09-07")),
            new StatusPeriod(IN_FORCE, day("2023-09-08"), day("2028-03-06")),
            new StatusPeriod(EXPIRING, day("2028-03-07"), day("2028-09-07")),
            new StatusPeriod(EXPIRED, day("2028-09-08"), null));
  }
}
