package org.kerangka.app.monitoring;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.implementation.ActivityService;
import org.kerangka.app.lifecycle.LifecycleCalculator;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.lifecycle.StatusPeriod;
import org.kerangka.app.lifecycle.Term;
import org.kerangka.app.web.RegistryGeneration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard benchmark ({@code kerangka bench-dashboard}): fills the database with synthetic
 * agreements, parties, areas, lifecycle events and activities by batched SQL inserts (ids from
 * {@link #FIRST_ID} up, so they never meet the identity sequences of real rows), rebuilds the V9
 * summaries with two {@code insert ... select ... group by} and the V10 ones with {@link
 * DashboardSummaries#rebuild}, and times {@link DashboardService#dashboard} (synthetic benchmark
 * rows in a benchmark database, so no audit events) cold (each after a real write through the
 * application: an agreement's title or a new activity, timed apart) and warm (the kept dashboard):
 * the median and 95th percentile of several runs, and the median CPU time of the calling thread (on
 * H2 that includes the database work, which runs in the caller; it is what a run costs when the
 * machine is shared).
 *
 * <p>Generation is deterministic (a fixed seed): the same sizes give the same data on H2 and on
 * PostgreSQL. A database that already holds the synthetic rows is measured without generating.
 */
@Component
public class DashboardBench {
  static final long FIRST_ID = 100_000_000L;
  private static final int BATCH = 5_000;
  private static final String[] COUNTRIES = {
    "CN", "KR", "JP", "US", "DE", "FR", "GB", "IN", "AU", "SG", "MY", "TH", "VN", "NL", "IT", "AE",
    "SA", "TR", "RU", "BR"
  };
  private static final String[] INSTRUMENTS = {"MOU", "AGREEMENT", "LOI", "PROTOCOL", "OTHER"};
  private static final String[] STATUSES = {
    "PIPELINE", "IMPLEMENTATION", "FINALISATION", "CLOSED", "CANCELLED", "SUSPENDED"
  };

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final DashboardService dashboards;
  private final Lifecycles lifecycles;
  private final DashboardSummaries summaries;
  private final AgreementService agreementService;
  private final ActivityService activityService;

  DashboardBench(
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transactions,
      DashboardService dashboards,
      Lifecycles lifecycles,
      DashboardSummaries summaries,
      AgreementService agreementService,
      ActivityService activityService) {
    this.jdbc = jdbc;
    this.template = template;
    this.transactions = transactions;
    this.dashboards = dashboards;
    this.lifecycles = lifecycles;
    this.summaries = summaries;
    this.agreementService = agreementService;
    this.activityService = activityService;
  }

  /**
   * Timings of one benchmark, in milliseconds: cold runs follow a real write (the kept dashboard is
   * out of date and is computed from the summaries), warm runs read the kept one; the writes
   * themselves (with their summary upkeep) are timed apart.
   */
  public record Result(
      long agreements,
      long activities,
      double firstMs,
      double coldMedianMs,
      double coldP95Ms,
      double coldMedianCpuMs,
      double medianMs,
      double p95Ms,
      double maxMs,
      double medianCpuMs,
      double writeMedianMs,
      double writeP95Ms,
      double writeMedianCpuMs) {}

  /** Generates the data when missing, then times the dashboard {@code iterations} times. */
  public Result run(
      int agreements, int activities, int warmup, int iterations, PrintWriter progress) {
    long present =
        jdbc.sql("select count(*) from agreement where id >= :first")
            .param("first", FIRST_ID)
            .query(Long.class)
            .single();
    if (present != agreements) {
      if (present > 0) {
        throw new IllegalArgumentException(
            "the database holds "
                + present
                + " synthetic agreements, not "
                + agreements
                + ": use an empty database");
      }
      long start = System.nanoTime();
      generate(agreements, activities, progress);
      progress.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
      progress.flush();
    }
    lifecycles.forget();
    RegistryGeneration.bump();
    LocalDate today = dashboards.today();
    long t0 = System.nanoTime();
    Dashboard first = dashboards.dashboard(today, Locale.ROOT);
    double firstMs = (System.nanoTime() - t0) / 1e6;
    // cold: each run follows a real write through the application's own paths, at random either
    // an agreement's new title (AgreementService.save) or a started activity (ActivityService),
    // so the dashboard is computed from the summaries those writes kept up to date
    SplittableRandom writes = new SplittableRandom(7L);
    Runnable write =
        () -> {
          long id = FIRST_ID + writes.nextInt(agreements);
          if (writes.nextBoolean()) {
            Agreement agreement = agreementService.require(id);
            agreement.retitle(
                agreement.instrument(),
                "Perjanjian sintetis " + (id - FIRST_ID) + " (diubah " + writes.nextInt() + ")",
                null,
                null);
            agreementService.save(agreement);
          } else {
            activityService.createStarted(
                id, "Kegiatan bench", today.minusDays(writes.nextInt(30)));
          }
        };
    for (int i = 0; i < warmup; i++) {
      write.run();
      dashboards.dashboard(today, Locale.ROOT);
    }
    double[][] cold = time(iterations, write, today);
    double[][] warm = time(iterations, () -> {}, today);
    return new Result(
        first.agreements(),
        first.activities(),
        firstMs,
        percentile(cold[0], 0.5),
        percentile(cold[0], 0.95),
        percentile(cold[1], 0.5),
        percentile(warm[0], 0.5),
        percentile(warm[0], 0.95),
        warm[0][warm[0].length - 1],
        percentile(warm[1], 0.5),
        percentile(cold[2], 0.5),
        percentile(cold[2], 0.95),
        percentile(cold[3], 0.5));
  }

  /**
   * Sorted wall-clock and calling-thread CPU milliseconds of {@code iterations} dashboards, and of
   * the {@code before} (a write) that precedes each.
   */
  private double[][] time(int iterations, Runnable before, LocalDate today) {
    double[] times = new double[iterations];
    double[] cpu = new double[iterations];
    double[] beforeTimes = new double[iterations];
    double[] beforeCpu = new double[iterations];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < iterations; i++) {
      long bc = threads.getCurrentThreadCpuTime();
      long bs = System.nanoTime();
      before.run();
      beforeTimes[i] = (System.nanoTime() - bs) / 1e6;
      beforeCpu[i] = (threads.getCurrentThreadCpuTime() - bc) / 1e6;
      long c = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      dashboards.dashboard(today, Locale.ROOT);
      times[i] = (System.nanoTime() - s) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    Arrays.sort(beforeTimes);
    Arrays.sort(beforeCpu);
    return new double[][] {times, cpu, beforeTimes, beforeCpu};
  }

  static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private void generate(int agreementCount, int activityCount, PrintWriter progress) {
    SplittableRandom random = new SplittableRandom(20231008L);
    List<String> areas =
        jdbc.sql("select code from cooperation_area order by code").query(String.class).list();
    List<String> forms =
        jdbc.sql("select code from activity_form order by code").query(String.class).list();

    // organisations: 20 Indonesian, 10 per partner country
    List<Object[]> orgs = new ArrayList<>();
    int indonesian = 20;
    int perCountry = 10;
    for (int i = 0; i < indonesian; i++) {
      orgs.add(new Object[] {FIRST_ID + i, "Instansi sintetis " + i, "MINISTRY_OR_AGENCY", "ID"});
    }
    for (int c = 0; c < COUNTRIES.length; c++) {
      for (int i = 0; i < perCountry; i++) {
        long id = FIRST_ID + indonesian + (long) c * perCountry + i;
        String kind = i % 3 == 0 ? "COMPANY" : i % 3 == 1 ? "UNIVERSITY" : "MINISTRY_OR_AGENCY";
        orgs.add(new Object[] {id, "Partner " + COUNTRIES[c] + " " + i, kind, COUNTRIES[c]});
      }
    }
    batch(
        "insert into organisation (id, version, name_id, kind, country) values (?, 0, ?, ?, ?)",
        orgs,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR);

    LocalDate first = LocalDate.of(2015, 1, 1);
    int days = (int) (LocalDate.of(2026, 11, 1).toEpochDay() - first.toEpochDay());
    List<Object[]> agreements = new ArrayList<>();
    List<Object[]> parties = new ArrayList<>();
    List<Object[]> areaRows = new ArrayList<>();
    List<Object[]> events = new ArrayList<>();
    List<Object[]> periods = new ArrayList<>();
    LocalDate[] signed = new LocalDate[agreementCount];
    for (int i = 0; i < agreementCount; i++) {
      long id = FIRST_ID + i;
      LocalDate on = first.plusDays(random.nextInt(days));
      signed[i] = on;
      int termYears = new int[] {2, 3, 5, 5, 10}[random.nextInt(5)];
      boolean openEnded = random.nextInt(10) == 0;
      String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
      String termPeriod = openEnded ? null : "P" + termYears + "Y";
      String renewal = random.nextInt(4) == 0 ? "AUTOMATIC" : "BY_WRITTEN_AGREEMENT";
      String notice = random.nextInt(2) == 0 ? "P6M" : null;
      // the stored lifecycle columns and status timeline, as a save through the repository
      // writes them (AgreementLifecycleWriter)
      Term term =
          new Term(
              on,
              on,
              termPeriod == null ? null : Period.parse(termPeriod),
              RenewalMode.valueOf(renewal),
              notice == null ? null : Period.parse(notice));
      List<LifecycleEvent> history =
          List.of(
              new LifecycleEvent(LifecycleEventType.SIGNED, on, null, null),
              new LifecycleEvent(LifecycleEventType.ENTERED_INTO_FORCE, on, null, null));
      LifecycleDates dates = LifecycleCalculator.dates(term, history);
      List<StatusPeriod> timeline = LifecycleCalculator.timeline(term, history);
      for (int p = 0; p < timeline.size(); p++) {
        StatusPeriod period = timeline.get(p);
        periods.add(
            new Object[] {id, p, period.status().name(), date(period.from()), date(period.to())});
      }
      agreements.add(
          new Object[] {
            id,
            instrument,
            "Perjanjian sintetis " + i,
            Date.valueOf(on),
            termPeriod,
            renewal,
            notice,
            date(dates.entryIntoForce()),
            date(dates.expiresOn()),
            date(dates.noticeDeadline()),
            date(dates.reviewStartsOn())
          });
      parties.add(new Object[] {id, 0, FIRST_ID + random.nextInt(indonesian)});
      parties.add(
          new Object[] {
            id, 1, FIRST_ID + indonesian + random.nextInt(COUNTRIES.length * perCountry)
          });
      int areaCount = 1 + random.nextInt(3);
      for (int a = 0; a < areaCount; a++) {
        String code = areas.get(random.nextInt(areas.size()));
        areaRows.add(new Object[] {id, a, code, code.toLowerCase(Locale.ROOT)});
      }
      events.add(new Object[] {id, 0, "SIGNED", Date.valueOf(on)});
      events.add(new Object[] {id, 1, "ENTERED_INTO_FORCE", Date.valueOf(on)});
      if (agreements.size() == BATCH * 4 || i == agreementCount - 1) {
        flushAgreements(agreements, parties, areaRows, events, periods);
        progress.printf(Locale.ROOT, "agreements %,d%n", i + 1);
        progress.flush();
      }
    }

    List<Object[]> activities = new ArrayList<>();
    for (int i = 0; i < activityCount; i++) {
      int agreement = random.nextInt(agreementCount);
      LocalDate from = signed[agreement];
      int span = (int) Math.max(1, LocalDate.of(2026, 11, 1).toEpochDay() - from.toEpochDay());
      LocalDate start = from.plusDays(random.nextInt(span));
      String status = STATUSES[random.nextInt(STATUSES.length)];
      boolean started = !status.equals("PIPELINE");
      boolean ended = status.equals("CLOSED") || status.equals("CANCELLED");
      activities.add(
          new Object[] {
            FIRST_ID + i,
            FIRST_ID + agreement,
            "Kegiatan sintetis " + i,
            random.nextInt(8) == 0 ? null : forms.get(random.nextInt(forms.size())),
            random.nextInt(8) == 0 ? null : areas.get(random.nextInt(areas.size())),
            status,
            Date.valueOf(start),
            started ? Date.valueOf(start) : null,
            started && ended ? Date.valueOf(start.plusDays(1 + random.nextInt(120))) : null,
            random.nextInt(200)
          });
      if (activities.size() == BATCH * 4 || i == activityCount - 1) {
        List<Object[]> chunk = activities;
        transactions.executeWithoutResult(
            s ->
                batch(
                    "insert into activity (id, version, agreement_id, level, title, form_code,"
                        + " area_code, status, planned_start, actual_start, actual_end,"
                        + " participants) values (?, 0, ?, 'ACTIVITY', ?, ?, ?, ?, ?, ?, ?, ?)",
                    chunk,
                    Types.BIGINT,
                    Types.BIGINT,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.DATE,
                    Types.DATE,
                    Types.DATE,
                    Types.INTEGER));
        activities = new ArrayList<>();
        if ((i + 1) % 100_000 == 0 || i == activityCount - 1) {
          progress.printf(Locale.ROOT, "activities %,d%n", i + 1);
          progress.flush();
        }
      }
    }
    rebuildSummaries();
    summaries.rebuild();
    RegistryGeneration.bump();
    // fresh statistics, as the database's own upkeep (PostgreSQL's autovacuum) would gather them
    // soon after a bulk load: without them PostgreSQL plans the dashboard's joins blind
    jdbc.sql("analyze").update();
  }

  private void flushAgreements(
      List<Object[]> agreements,
      List<Object[]> parties,
      List<Object[]> areaRows,
      List<Object[]> events,
      List<Object[]> periods) {
    transactions.executeWithoutResult(
        s -> {
          batch(
              "insert into agreement (id, version, instrument, title_id, signed_on,"
                  + " entry_into_force_on_signature, term_period, renewal_mode, notice_period,"
                  + " confidential, in_force_from, expires_on, notice_deadline, review_starts_on)"
                  + " values (?, 0, ?, ?, ?, true, ?, ?, ?, false, ?, ?, ?, ?)",
              agreements,
              Types.BIGINT,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.DATE,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.DATE,
              Types.DATE,
              Types.DATE,
              Types.DATE);
          batch(
              "insert into agreement_party (agreement_id, idx, organisation_id, role)"
                  + " values (?, ?, ?, 'PARTY')",
              parties,
              Types.BIGINT,
              Types.INTEGER,
              Types.BIGINT);
          batch(
              "insert into agreement_area (agreement_id, idx, area_code, label) values (?, ?, ?, ?)",
              areaRows,
              Types.BIGINT,
              Types.INTEGER,
              Types.VARCHAR,
              Types.VARCHAR);
          batch(
              "insert into lifecycle_event (agreement_id, idx, type, occurred_on)"
                  + " values (?, ?, ?, ?)",
              events,
              Types.BIGINT,
              Types.INTEGER,
              Types.VARCHAR,
              Types.DATE);
          batch(
              "insert into agreement_status_period (agreement_id, idx, status, starts_on, ends_on)"
                  + " values (?, ?, ?, ?, ?)",
              periods,
              Types.BIGINT,
              Types.INTEGER,
              Types.VARCHAR,
              Types.DATE,
              Types.DATE);
        });
    periods.clear();
    agreements.clear();
    parties.clear();
    areaRows.clear();
    events.clear();
  }

  /**
   * Recomputes both V9 summaries from the activity table (what ActivityService keeps per write).
   * Bulk SQL: the kept dashboard is dropped once it has committed.
   */
  public void rebuildSummaries() {
    transactions.executeWithoutResult(
        s -> {
          jdbc.sql("delete from agreement_activity_summary").update();
          jdbc.sql("delete from activity_coverage").update();
          jdbc.sql(
                  """
                  insert into agreement_activity_summary
                    (agreement_id, activity_count, ongoing_count, last_activity_on)
                  select agreement_id, count(*),
                         sum(case when actual_start is not null and actual_end is null
                                   and status in ('IMPLEMENTATION', 'FINALISATION')
                                  then 1 else 0 end),
                         max(case when status <> 'CANCELLED'
                                  then coalesce(actual_end, actual_start) end)
                    from activity group by agreement_id
                  """)
              .update();
          jdbc.sql(
                  """
                  insert into activity_coverage (area_code, form_code, activity_count)
                  select coalesce(area_code, ''), coalesce(form_code, ''), count(*)
                    from activity group by coalesce(area_code, ''), coalesce(form_code, '')
                  """)
              .update();
        });
    RegistryGeneration.bump();
  }

  private static @Nullable Date date(@Nullable LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private void batch(String sql, List<Object[]> rows, int... types) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
    }
  }
}
