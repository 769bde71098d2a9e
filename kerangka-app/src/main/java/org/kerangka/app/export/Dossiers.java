package org.kerangka.app.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleCalculator;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.Term;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the renewal dossier of an agreement: what was done under it (activities, indicators
 * against their targets, who took part), what the news reported, and the four options at expiry
 * with the dates each leads to, computed by the {@link LifecycleCalculator}.
 */
@Component
class Dossiers {
  private final AgreementService agreements;
  private final OrganisationService organisations;
  private final Activities activities;

  Dossiers(AgreementService agreements, OrganisationService organisations, Activities activities) {
    this.agreements = agreements;
    this.organisations = organisations;
    this.activities = activities;
  }

  /** The choices at the end of a term. */
  enum Choice {
    LAPSE,
    EXTEND,
    AMEND,
    REPLACE
  }

  /**
   * One option with the dates it leads to.
   *
   * @param expiresOn the last day in force under this option
   * @param noticeDeadline the notice deadline that follows from it
   * @param reviewStartsOn the review start that follows from it
   */
  record Option(
      Choice choice,
      @Nullable LocalDate expiresOn,
      @Nullable LocalDate noticeDeadline,
      @Nullable LocalDate reviewStartsOn) {}

  /** An indicator beside its target: the latest period with an actual value, else the last. */
  record IndicatorLine(
      String activity,
      String title,
      String measure,
      @Nullable BigDecimal baseline,
      @Nullable BigDecimal target,
      @Nullable BigDecimal actual,
      @Nullable LocalDate periodEnd,
      @Nullable Integer percent) {}

  /** An organisation that took part in the activities, with its roles. */
  record Participant(long id, String name, @Nullable String country, List<String> roles) {}

  record Party(long id, String name, @Nullable String country) {}

  record Dossier(
      Agreement agreement,
      LocalDate on,
      AgreementStatus status,
      LifecycleDates dates,
      @Nullable Long daysToExpiry,
      List<Party> parties,
      List<Activities.Activity> activities,
      List<IndicatorLine> indicators,
      List<Participant> participants,
      int participantCount,
      List<AgreementSource> sources,
      List<Option> options) {

    boolean hasExpiry() {
      return dates.expiresOn() != null;
    }
  }

  @Transactional(readOnly = true)
  Dossier of(long agreementId, LocalDate on) {
    Agreement agreement = agreements.require(agreementId);
    LifecycleDates dates = agreement.dates();
    List<Activities.Activity> done = activities.ofAgreement(agreementId);
    List<IndicatorLine> indicators = new ArrayList<>();
    Map<Long, Participant> participants = new LinkedHashMap<>();
    int people = 0;
    for (Activities.Activity a : done) {
      if (a.participants() != null) {
        people += a.participants();
      }
      for (Activities.Participant p : a.organisations()) {
        Participant known =
            participants.computeIfAbsent(
                p.organisationId(),
                id -> new Participant(id, p.name(), p.country(), new ArrayList<>()));
        if (!known.roles().contains(p.role())) {
          known.roles().add(p.role());
        }
      }
      for (Activities.Indicator i : a.indicators()) {
        Activities.Period period = i.latest();
        if (period == null && !i.periods().isEmpty()) {
          period = i.periods().get(i.periods().size() - 1);
        }
        BigDecimal target = period == null ? null : period.target();
        BigDecimal actual = period == null ? null : period.actual();
        indicators.add(
            new IndicatorLine(
                a.title(),
                i.title(),
                i.measure(),
                i.baselineValue(),
                target,
                actual,
                period == null ? null : period.end(),
                percent(i.baselineValue(), target, actual, i.ascending())));
      }
    }
    List<Party> parties = new ArrayList<>();
    for (AgreementParty p : agreement.parties()) {
      Organisation o = organisations.require(p.organisationId());
      parties.add(new Party(p.organisationId(), o.displayName(), o.country()));
    }
    return new Dossier(
        agreement,
        on,
        agreement.statusOn(on),
        dates,
        dates.expiresOn() == null ? null : ChronoUnit.DAYS.between(on, dates.expiresOn()),
        parties,
        done,
        indicators,
        List.copyOf(participants.values()),
        people,
        agreement.sources(),
        options(agreement, on));
  }

  /**
   * The options at expiry. Lapse keeps the current dates; amend changes the text, not the dates;
   * extend adds one more term as recorded by an {@code EXTENDED} event; replace starts a new
   * agreement of the same term on the day after expiry. None without an expiry (open-ended).
   */
  static List<Option> options(Agreement agreement, LocalDate on) {
    LifecycleDates now = agreement.dates();
    LocalDate expiry = now.expiresOn();
    Period term = agreement.term().term();
    if (expiry == null || term == null) {
      return List.of();
    }
    Option lapse = new Option(Choice.LAPSE, expiry, now.noticeDeadline(), now.reviewStartsOn());
    List<LifecycleEvent> extended = new ArrayList<>(agreement.lifecycle());
    extended.add(
        new LifecycleEvent(
            LifecycleEventType.EXTENDED, on.isBefore(expiry) ? on : expiry, term, null));
    LifecycleDates afterExtension = LifecycleCalculator.dates(agreement.term(), extended);
    Option extend =
        new Option(
            Choice.EXTEND,
            afterExtension.expiresOn(),
            afterExtension.noticeDeadline(),
            afterExtension.reviewStartsOn());
    Option amend = new Option(Choice.AMEND, expiry, now.noticeDeadline(), now.reviewStartsOn());
    Term successor =
        new Term(
            expiry.plusDays(1),
            null,
            term,
            agreement.renewalMode(),
            agreement.term().noticePeriod());
    LifecycleDates replaced = LifecycleCalculator.dates(successor, List.of());
    Option replace =
        new Option(
            Choice.REPLACE,
            replaced.expiresOn(),
            replaced.noticeDeadline(),
            replaced.reviewStartsOn());
    return List.of(lapse, extend, amend, replace);
  }

  /**
   * How far the actual value has come from the baseline towards the target, in percent (100 when
   * reached); for a descending indicator, how far it has come down. None without target or actual.
   */
  static @Nullable Integer percent(
      @Nullable BigDecimal baseline,
      @Nullable BigDecimal target,
      @Nullable BigDecimal actual,
      boolean ascending) {
    if (target == null || actual == null) {
      return null;
    }
    BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
    BigDecimal distance = target.subtract(from);
    if (distance.signum() == 0) {
      boolean reached = ascending ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
      return reached ? 100 : 0;
    }
    return actual
        .subtract(from)
        .multiply(BigDecimal.valueOf(100))
        .divide(distance, 0, RoundingMode.HALF_UP)
        .intValue();
  }
}
