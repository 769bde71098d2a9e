package org.kerangka.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementArea;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.kerangka.app.generator.SyntheticRegistry;
import org.kerangka.app.implementation.ActivityService;
import org.kerangka.app.implementation.TestActivities;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's summaries (V10) against the scan they replace: after a random sequence of
 * agreement creates, updates and deletes, activity writes and organisation country changes (through
 * the application's services, so through the same upkeep as the API), the dashboard computed from
 * the summaries equals the one computed by scanning the base rows ({@link ScanningDashboard}, the
 * former queries) on several days, and the kept summary tables equal a rebuild from scratch; so do
 * they after a bulk load of {@code kerangka generate}, which writes around the upkeep and then
 * rebuilds. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DashboardSummariesConsistency {
  private static final long SEED = 20261128L;
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.parse("2026-11-28"),
          LocalDate.parse("2019-06-30"),
          LocalDate.parse("2024-02-29"),
          LocalDate.parse("2027-03-01"),
          LocalDate.parse("2031-01-10"));
  private static final String[] COUNTRIES = {"ID", "JP", "KR", "DE", "FJ"};

  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;
  @Autowired private ActivityService activities;
  @Autowired private DashboardService dashboards;
  @Autowired private DashboardSummaries summaries;
  @Autowired private JdbcClient jdbc;
  @Autowired private PlatformTransactionManager transactions;
  @Autowired private SyntheticRegistry generator;

  @Test
  void aRandomSequenceOfWritesKeepsTheSummariesEqualToTheScan() {
    SplittableRandom random = new SplittableRandom(SEED);
    assertConsistent("before any write");
    List<Long> orgs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      orgs.add(
          Objects.requireNonNull(
              organisations
                  .save(
                      Organisation.named(
                          "Organisasi uji ringkasan " + i,
                          null,
                          null,
                          OrganisationKind.MINISTRY_OR_AGENCY,
                          COUNTRIES[i % COUNTRIES.length]))
                  .id()));
    }
    List<String> areas =
        jdbc.sql("select code from cooperation_area order by code limit 5")
            .query(String.class)
            .list();
    List<Long> ours = new ArrayList<>();
    List<Long> ourActivities = new ArrayList<>();
    for (int step = 1; step <= 80; step++) {
      int op = random.nextInt(12);
      String did;
      if (op <= 2 || ours.isEmpty()) {
        Agreement a = Agreement.draft(Instrument.MOU, "Uji ringkasan " + step, null);
        shape(a, random, orgs, areas);
        ours.add(Objects.requireNonNull(agreements.save(a).id()));
        did = "create agreement";
      } else if (op <= 4) {
        Agreement a = agreements.require(pick(random, ours));
        if (random.nextBoolean()) {
          a.retitle(a.instrument(), "Uji ringkasan diubah " + step, null, null);
        } else {
          shape(a, random, orgs, areas);
        }
        agreements.save(a);
        did = "update agreement " + a.id();
      } else if (op == 5) {
        long id = ours.remove(random.nextInt(ours.size()));
        for (long activity :
            jdbc.sql("select id from activity where agreement_id = :id")
                .param("id", id)
                .query(Long.class)
                .list()) {
          TestActivities.delete(activities, activity);
          ourActivities.remove(activity);
        }
        agreements.delete(agreements.require(id));
        did = "delete agreement " + id;
      } else if (op <= 8) {
        List<Long> any = jdbc.sql("select id from agreement order by id").query(Long.class).list();
        long agreement = random.nextInt(3) == 0 ? pick(random, any) : pick(random, ours);
        ourActivities.add(activity(random, agreement, areas));
        did = "create activity under " + agreement;
      } else if (op == 9 && !ourActivities.isEmpty()) {
        long id = pick(random, ourActivities);
        String status = status(random);
        LocalDate start = status.equals("PIPELINE") ? null : day(random, 2014, 2027);
        TestActivities.update(activities, id, status, start, end(random, status, start));
        did = "update activity " + id;
      } else if (op == 10 && !ourActivities.isEmpty()) {
        long id = ourActivities.remove(random.nextInt(ourActivities.size()));
        TestActivities.delete(activities, id);
        did = "delete activity " + id;
      } else {
        Organisation o = organisations.require(pick(random, orgs));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        o.locateIn(random.nextInt(6) == 0 ? null : country);
        organisations.save(o);
        did = "move organisation " + o.id() + " to " + o.country();
      }
      if (step % 4 == 0) {
        assertConsistent("step " + step + " (" + did + ")");
      }
    }
    assertConsistent("at the end");
  }

  @Test
  void aBulkLoadOfTheGeneratorIsCountedByTheRebuild() throws Exception {
    // kerangka generate writes by batched SQL, around the upkeep, then rebuilds the summaries
    generator.generate(300, 7L);
    assertConsistent("after generating 300 agreements");
  }

  @Test
  void aFailedWriteLeavesTheSummariesAsTheyWere() {
    Organisation fiji =
        organisations.save(
            Organisation.named("Organisasi uji gagal", null, null, OrganisationKind.COMPANY, "FJ"));
    long fijiId = Objects.requireNonNull(fiji.id());
    Agreement kept = Agreement.draft(Instrument.PROTOCOL, "Uji gagal", null);
    kept.between(List.of(new AgreementParty(fijiId, PartyRole.PARTY)));
    kept.signed(LocalDate.parse("2020-03-01"), null, null, List.of());
    kept.runsFor(true, null, Period.ofYears(3), RenewalMode.NONE, null);
    long keptId = Objects.requireNonNull(agreements.save(kept).id());
    TestActivities.create(
        activities,
        keptId,
        "CLOSED",
        LocalDate.parse("2020-05-01"),
        LocalDate.parse("2020-06-01"),
        null,
        null);
    Snapshot before = snapshot();

    // a transaction that saves a changed agreement, a new one and an activity, then fails
    TransactionTemplate tx = new TransactionTemplate(transactions);
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      Agreement changed = agreements.require(keptId);
                      changed.retitle(Instrument.AGREEMENT, "Uji gagal diubah", null, null);
                      changed.covers(
                          List.of(new AgreementArea(null, "lain"), areaOf("uji")), List.of());
                      changed.runsFor(true, null, Period.ofYears(10), RenewalMode.NONE, null);
                      agreements.save(changed);
                      Agreement added = Agreement.draft(Instrument.LOI, "Uji gagal baru", null);
                      added.between(List.of(new AgreementParty(fijiId, PartyRole.PARTY)));
                      added.signed(LocalDate.parse("2025-01-01"), null, null, List.of());
                      agreements.save(added);
                      activities.createStarted(keptId, "Kegiatan gagal", LocalDate.now());
                      throw new IllegalStateException("the write fails after its statements");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(snapshot()).isEqualTo(before);

    // deleting an agreement that still has activities fails (they reference it)
    assertThatThrownBy(() -> agreements.delete(agreements.require(keptId)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(snapshot()).isEqualTo(before);

    // moving its party to another country, in a transaction that then fails
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      Organisation moved = organisations.require(fijiId);
                      moved.locateIn("JP");
                      organisations.save(moved);
                      throw new IllegalStateException("fails after the move");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(snapshot()).isEqualTo(before);
    assertConsistent("after the failed writes");
  }

  private AgreementArea areaOf(String label) {
    return new AgreementArea(
        jdbc.sql("select min(code) from cooperation_area").query(String.class).single(), label);
  }

  /** Random parties, areas, instrument, signing, term and lifecycle events. */
  private static void shape(
      Agreement a, SplittableRandom random, List<Long> orgs, List<String> areas) {
    a.retitle(
        Instrument.values()[random.nextInt(Instrument.values().length)], a.titleId(), null, null);
    List<AgreementParty> parties = new ArrayList<>();
    parties.add(new AgreementParty(pick(random, orgs), PartyRole.PARTY));
    for (int i = random.nextInt(3); i > 0; i--) {
      parties.add(
          new AgreementParty(
              pick(random, orgs), random.nextInt(4) == 0 ? PartyRole.WITNESS : PartyRole.PARTY));
    }
    a.between(parties);
    List<AgreementArea> covered = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String code = random.nextInt(5) == 0 ? null : areas.get(random.nextInt(areas.size()));
      covered.add(new AgreementArea(code, "bidang " + i));
    }
    a.covers(covered, List.of());
    LocalDate signed = random.nextInt(8) == 0 ? null : day(random, 2012, 2027);
    a.signed(signed, null, null, List.of());
    boolean onSignature = signed != null && random.nextBoolean();
    LocalDate entry =
        signed == null || onSignature || random.nextInt(3) == 0
            ? null
            : signed.plusDays(random.nextInt(200));
    Period term = random.nextInt(6) == 0 ? null : Period.ofYears(1 + random.nextInt(6));
    Period notice = random.nextBoolean() ? null : Period.ofMonths(1 + random.nextInt(6));
    a.runsFor(
        onSignature,
        entry,
        term,
        RenewalMode.values()[random.nextInt(RenewalMode.values().length)],
        notice);
    LocalDate inForce = onSignature ? signed : entry;
    if (signed != null && a.lifecycle().isEmpty()) {
      a.record(new LifecycleEvent(LifecycleEventType.SIGNED, signed, null, null));
    }
    if (inForce != null && random.nextInt(4) == 0) {
      a.record(
          new LifecycleEvent(
              LifecycleEventType.EXTENDED,
              inForce.plusMonths(6 + random.nextInt(30)),
              Period.ofYears(1 + random.nextInt(3)),
              null));
    }
    if (inForce != null && random.nextInt(5) == 0) {
      a.record(
          new LifecycleEvent(
              LifecycleEventType.TERMINATED,
              inForce.plusDays(30 + random.nextInt(2000)),
              null,
              null));
    }
  }

  private long activity(SplittableRandom random, long agreement, List<String> areas) {
    String status = status(random);
    LocalDate start = status.equals("PIPELINE") ? null : day(random, 2014, 2027);
    return TestActivities.create(
        activities,
        agreement,
        status,
        start,
        end(random, status, start),
        random.nextInt(4) == 0 ? null : areas.get(random.nextInt(areas.size())),
        null);
  }

  private static String status(SplittableRandom random) {
    String[] statuses = {
      "PIPELINE", "IMPLEMENTATION", "FINALISATION", "CLOSED", "CANCELLED", "SUSPENDED"
    };
    return statuses[random.nextInt(statuses.length)];
  }

  private static @Nullable LocalDate end(
      SplittableRandom random, String status, @Nullable LocalDate start) {
    boolean ended = status.equals("CLOSED") || status.equals("CANCELLED");
    return start != null && ended ? start.plusDays(1 + random.nextInt(400)) : null;
  }

  private static LocalDate day(SplittableRandom random, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    return from.plusDays(
        random.nextInt((int) (LocalDate.of(toYear, 1, 1).toEpochDay() - from.toEpochDay())));
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** The dashboard from the summaries equals the scan's on every day; the tables, a rebuild. */
  private void assertConsistent(String when) {
    ScanningDashboard oracle = new ScanningDashboard(jdbc);
    for (LocalDate day : DAYS) {
      assertThat(dashboards.compute(day, Locale.ROOT))
          .as(when + ", on " + day)
          .isEqualTo(oracle.compute(day, Locale.ROOT));
    }
    Snapshot kept = snapshot();
    Snapshot[] rebuilt = new Snapshot[1];
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              summaries.rebuild();
              rebuilt[0] = snapshot();
              status.setRollbackOnly();
            });
    assertThat(kept).as(when + ": kept summaries against a rebuild").isEqualTo(rebuilt[0]);
  }

  /** The summary tables' rows (zero counts left by the upkeep aside). */
  record Snapshot(
      List<Map<String, Object>> counts,
      List<Map<String, Object>> changes,
      List<Map<String, Object>> bindings) {}

  private Snapshot snapshot() {
    return new Snapshot(
        jdbc.sql(
                "select dimension, code, agreements, implemented from dashboard_count"
                    + " where agreements <> 0 or implemented <> 0 order by dimension, code")
            .query()
            .listOfRows(),
        jdbc.sql(
                "select status, changed_on, starts, ends from status_change"
                    + " where starts <> 0 or ends <> 0 order by status, changed_on")
            .query()
            .listOfRows(),
        jdbc.sql(
                "select agreement_id, starts_on, ends_on, in_force_from, expires_on, signed_on,"
                    + " last_activity_on, quiet_since from agreement_binding"
                    + " order by agreement_id, starts_on")
            .query()
            .listOfRows());
  }
}
