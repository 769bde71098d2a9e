package org.kerangka.app.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.account.AccessPolicy;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.monitoring.DashboardSummaries;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes implementation records. Every write is one transaction that also keeps the
 * monitoring summaries ({@code agreement_activity_summary}, {@code activity_coverage}, see V9) in
 * step, so the dashboard never aggregates the activity table itself. Activities and indicators are
 * written through their repositories, so the audit trail records them; the summaries are derived
 * (recomputed from the audited activities) and record no event of their own. An EDITOR limited to
 * some organisations changes only the activities of their agreements ({@link
 * AccessPolicy#canChange}).
 */
@Service
public class ActivityService {
  private static final String NONE = "";

  private final ActivityRepository activities;
  private final IndicatorRepository indicators;
  private final AgreementService agreements;
  private final OrganisationService organisations;
  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final DashboardSummaries dashboard;

  ActivityService(
      ActivityRepository activities,
      IndicatorRepository indicators,
      AgreementService agreements,
      OrganisationService organisations,
      JdbcClient jdbc,
      AccessPolicy access,
      DashboardSummaries dashboard) {
    this.access = access;
    this.dashboard = dashboard;
    this.activities = activities;
    this.indicators = indicators;
    this.agreements = agreements;
    this.organisations = organisations;
    this.jdbc = jdbc;
  }

  public Activity require(long id) {
    return activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
  }

  public Optional<Activity> find(long id) {
    return activities.findById(id);
  }

  /** The activities under an agreement, oldest first; 404 when the agreement does not exist. */
  @Transactional(readOnly = true)
  public List<Activity> forAgreement(long agreementId) {
    requireAgreement(agreementId);
    return activities.findByAgreementIdOrderById(agreementId);
  }

  @Transactional
  Activity create(long agreementId, ActivityRequest request) {
    requireChange(agreementId);
    Activity activity = Activity.under(agreementId, level(request), request.title());
    apply(request, activity);
    return store(activity, null);
  }

  /**
   * Records an activity that started on a day under an agreement, for tools that write without a
   * request (the dashboard benchmark's writes); the same path and upkeep as {@code POST}.
   */
  @Transactional
  public Activity createStarted(long agreementId, String title, LocalDate actualStart) {
    return create(
        agreementId,
        new ActivityRequest(
            null,
            title,
            null,
            null,
            null,
            null,
            null,
            ActivityStatus.IMPLEMENTATION,
            null,
            null,
            actualStart,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  @Transactional
  Activity update(long id, long expectedVersion, ActivityRequest request) {
    Activity activity = require(id);
    requireChange(activity.agreementId());
    if (activity.version() != expectedVersion) {
      throw new StaleVersionException(activity.version());
    }
    Cell before = Cell.of(activity);
    apply(request, activity);
    return store(activity, before);
  }

  @Transactional
  void delete(long id, long expectedVersion) {
    Activity activity = require(id);
    requireChange(activity.agreementId());
    if (activity.version() != expectedVersion) {
      throw new StaleVersionException(activity.version());
    }
    long children =
        jdbc.sql("select count(*) from activity where parent_id = :id")
            .param("id", id)
            .query(Long.class)
            .single();
    if (children > 0) {
      throw new InvalidFieldException(
          "id", "activity " + id + " has " + children + " sub-activities; remove them first");
    }
    activities.delete(activity);
    count(Cell.of(activity), -1);
    refreshSummary(activity.agreementId());
  }

  /** Saves a new or changed activity with the summaries; {@code before} is its stored cell. */
  private Activity store(Activity activity, @Nullable Cell before) {
    Activity saved = activities.save(activity);
    Cell after = Cell.of(saved);
    if (before == null) {
      count(after, 1);
    } else if (!before.equals(after)) {
      count(before, -1);
      count(after, 1);
    }
    refreshSummary(saved.agreementId());
    return saved;
  }

  /** An activity's cell of the coverage matrix; '' stands for a missing code. */
  private record Cell(String area, String form) {
    static Cell of(Activity a) {
      return new Cell(
          a.areaCode() == null ? NONE : a.areaCode(), a.formCode() == null ? NONE : a.formCode());
    }
  }

  private void count(Cell cell, int delta) {
    int updated =
        jdbc.sql(
                "update activity_coverage set activity_count = activity_count + :delta"
                    + " where area_code = :area and form_code = :form")
            .param("delta", delta)
            .param("area", cell.area())
            .param("form", cell.form())
            .update();
    if (updated == 0 && delta > 0) {
      jdbc.sql(
              "insert into activity_coverage (area_code, form_code, activity_count)"
                  + " values (:area, :form, :delta)")
          .param("area", cell.area())
          .param("form", cell.form())
          .param("delta", delta)
          .update();
    }
  }

  /**
   * Recomputes the agreement's summary row from its activities (an index range, not a scan), and
   * with it the dashboard summaries that depend on it (implemented partner countries, dormancy).
   */
  private void refreshSummary(long agreementId) {
    DashboardSummaries.Contribution before = dashboard.read(agreementId);
    jdbc.sql("delete from agreement_activity_summary where agreement_id = :id")
        .param("id", agreementId)
        .update();
    jdbc.sql(
            """
            insert into agreement_activity_summary
              (agreement_id, activity_count, ongoing_count, last_activity_on)
            select a.id,
                   (select count(*) from activity x where x.agreement_id = a.id),
                   (select count(*) from activity x where x.agreement_id = a.id
                      and x.actual_start is not null and x.actual_end is null
                      and x.status in ('IMPLEMENTATION', 'FINALISATION')),
                   (select max(coalesce(x.actual_end, x.actual_start)) from activity x
                     where x.agreement_id = a.id and x.status <> 'CANCELLED')
              from agreement a where a.id = :id
            """)
        .param("id", agreementId)
        .update();
    dashboard.apply(agreementId, before);
  }

  // ---- indicators ----

  @Transactional(readOnly = true)
  public List<Indicator> indicatorsOf(long activityId) {
    require(activityId);
    return indicators.findByActivityIdOrderById(activityId);
  }

  Indicator requireIndicator(long activityId, long indicatorId) {
    return indicators
        .findById(indicatorId)
        .filter(i -> i.activityId() == activityId)
        .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
  }

  @Transactional
  Indicator createIndicator(long activityId, IndicatorRequest request) {
    requireChange(require(activityId).agreementId());
    Indicator indicator = Indicator.of(activityId, request.title(), request.measure());
    apply(request, indicator);
    return indicators.save(indicator);
  }

  @Transactional
  Indicator updateIndicator(
      long activityId, long indicatorId, long expectedVersion, IndicatorRequest request) {
    Indicator indicator = requireIndicator(activityId, indicatorId);
    requireChange(require(activityId).agreementId());
    if (indicator.version() != expectedVersion) {
      throw new StaleVersionException(indicator.version());
    }
    apply(request, indicator);
    return indicators.save(indicator);
  }

  @Transactional
  void deleteIndicator(long activityId, long indicatorId, long expectedVersion) {
    Indicator indicator = requireIndicator(activityId, indicatorId);
    requireChange(require(activityId).agreementId());
    if (indicator.version() != expectedVersion) {
      throw new StaleVersionException(indicator.version());
    }
    indicators.delete(indicator);
  }

  private static void apply(IndicatorRequest request, Indicator indicator) {
    indicator.define(
        request.title(), request.measure(), !Boolean.FALSE.equals(request.ascending()));
    indicator.baseline(request.baselineYear(), request.baselineValue());
    List<IndicatorPeriod> periods = new ArrayList<>();
    List<IndicatorRequest.PeriodRequest> requested =
        request.periods() == null ? List.of() : request.periods();
    for (int i = 0; i < requested.size(); i++) {
      IndicatorRequest.PeriodRequest p = requested.get(i);
      int index = i;
      periods.add(
          field(
              "periods[" + index + "].end",
              () -> new IndicatorPeriod(p.start(), p.end(), p.target(), p.actual())));
    }
    indicator.measuredOver(periods);
  }

  // ---- applying a request ----

  private static ActivityLevel level(ActivityRequest request) {
    return request.level() == null ? ActivityLevel.ACTIVITY : request.level();
  }

  /** Copies a request onto the aggregate, checking every reference it makes. */
  private void apply(ActivityRequest request, Activity activity) {
    activity.describe(
        level(request), request.title(), request.description(), request.iatiIdentifier());
    Activity parent = null;
    if (request.parentId() != null) {
      parent =
          activities
              .findById(request.parentId())
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          "parentId", "activity " + request.parentId() + " does not exist"));
      Activity p = parent;
      field(
          "parentId",
          () -> {
            activity.hangUnder(p);
            return p;
          });
    } else {
      activity.hangUnder(null);
    }
    requireCode("formCode", "activity_form", request.formCode());
    requireCode("areaCode", "cooperation_area", request.areaCode());
    activity.classify(request.formCode(), request.areaCode());
    activity.moveTo(request.status() == null ? ActivityStatus.PIPELINE : request.status());
    field(
        request.actualEnd() != null ? "actualEnd" : "plannedEnd",
        () -> {
          activity.schedule(
              request.plannedStart(),
              request.plannedEnd(),
              request.actualStart(),
              request.actualEnd());
          return activity;
        });
    field(
        "country",
        () -> {
          activity.locate(request.location(), request.country());
          return activity;
        });
    field(
        request.budget() != null && request.currency() == null ? "currency" : "budget",
        () -> {
          activity.budget(request.budget(), request.currency(), request.participants());
          return activity;
        });
    List<ParticipatingOrg> orgs = new ArrayList<>();
    List<ActivityRequest.ParticipantRequest> participants =
        request.participatingOrgs() == null ? List.of() : request.participatingOrgs();
    for (int i = 0; i < participants.size(); i++) {
      ActivityRequest.ParticipantRequest p = participants.get(i);
      if (!organisations.exists(p.organisationId())) {
        throw new InvalidFieldException(
            "participatingOrgs[" + i + "].organisationId",
            "organisation " + p.organisationId() + " does not exist");
      }
      orgs.add(new ParticipatingOrg(p.organisationId(), p.role()));
    }
    activity.involve(orgs);
    activity.spend(
        request.transactions() == null
            ? List.of()
            : request.transactions().stream()
                .map(
                    t ->
                        new ActivityTransaction(
                            t.kind(), t.occurredOn(), t.amount(), t.currency(), t.description()))
                .toList());
    activity.document(
        request.documents() == null
            ? List.of()
            : request.documents().stream()
                .map(d -> new ActivityDocument(d.url(), d.title(), d.category(), d.publishedOn()))
                .toList());
  }

  /** 404 for an unknown agreement, 403 for a user who may not change its records. */
  private void requireChange(long agreementId) {
    var agreement =
        agreements
            .find(agreementId)
            .orElseThrow(() -> new NotFoundException("agreement", agreementId));
    if (!access.canChange(agreement.partyIds())) {
      throw new AccessDeniedException(
          "not allowed to change the activities of agreement " + agreementId);
    }
  }

  private void requireAgreement(long agreementId) {
    if (agreements.find(agreementId).isEmpty()) {
      throw new NotFoundException("agreement", agreementId);
    }
  }

  private void requireCode(String field, String taxonomy, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return;
    }
    long found =
        jdbc.sql("select count(*) from " + taxonomy + " where code = :code")
            .param("code", code.strip())
            .query(Long.class)
            .single();
    if (found == 0) {
      throw new InvalidFieldException(
          field, "'" + code + "' is not a code of the " + taxonomy + " taxonomy");
    }
  }

  /** Runs an aggregate change, reporting its IllegalArgumentException against a field. */
  private static <T> T field(String field, Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, e.getMessage());
    }
  }
}
