package org.kerangka.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.web.RegistryGeneration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the monitoring dashboard from summaries kept in the same transaction as every write, so
 * that even the first dashboard after a write reads a few hundred rows and index ranges instead of
 * scanning agreements, parties, areas, status periods or activities: activity counts and coverage
 * from the V9 summaries that {@code ActivityService} keeps; counts by partner country (with the
 * implemented ones), committed area and instrument, status counts on a day ({@code status_change})
 * and the spans in which each agreement binds its parties ({@code agreement_binding}, for expiry,
 * dormancy and the timeline) from the V10 summaries that {@link DashboardSummaries} keeps. No
 * lifecycle is computed here: the summaries derive from the lifecycle columns and status timeline
 * stored with every agreement (V4). The computed dashboard is kept per (day, locale) until the next
 * write to the registry ({@link RegistryGeneration}).
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li><b>Partner country</b>: the country of a party that is not Indonesian ({@code ID}); an
 *       agreement counts once for each partner country.
 *   <li><b>Expiring within N months</b>: in force on the day (in force, expiring or extended) with
 *       its expiry on or after the day and before the day plus N months.
 *   <li><b>Dormant</b> on day D: in force on D, signed on or before D minus 12 months, no activity
 *       ongoing on D (actual start, no actual end, status implementation or finalisation), and the
 *       latest actual end or start of its activities that are not cancelled is before D minus 12
 *       months, or there is none (nothing has happened since signing).
 *   <li><b>Implementation rate</b> of a partner country: the share of its agreements with at least
 *       one activity that has actually started and was not cancelled.
 * </ul>
 */
@Service
public class DashboardService {
  /** Longest list of agreements the dashboard shows in one section. */
  public static final int LIST_LIMIT = 50;

  static final String HOME = "ID";

  /** Most dashboards kept at once (days × locales); more are dropped all together. */
  private static final int MAX_KEPT = 16;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate readOnly;
  private final Map<Key, Kept> cache = new ConcurrentHashMap<>();

  DashboardService(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Today according to the monitoring clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The dashboard on a day, kept per (day, locale) until the registry changes (see {@link
   * RegistryGeneration}): the first request after a write computes it, every other one reads it.
   * Inside a transaction (which may have written rows not committed yet, and does not move the
   * generation before it ends) it is always computed and never kept.
   */
  public Dashboard dashboard(LocalDate on, Locale locale) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return compute(on, locale);
    }
    Key key = new Key(on, locale);
    long generation = RegistryGeneration.current();
    Kept kept = cache.get(key);
    if (kept != null && kept.generation() == generation) {
      return kept.dashboard();
    }
    Dashboard computed =
        Objects.requireNonNull(readOnly.execute(status -> compute(on, locale)), "dashboard");
    // kept only when no write ended meanwhile: every write moves the generation on when its
    // transaction ends, so a dashboard read from rows that were changed meanwhile is never kept
    if (RegistryGeneration.current() == generation) {
      if (cache.size() >= MAX_KEPT) {
        cache.clear();
      }
      cache.put(key, new Kept(generation, computed));
    }
    return computed;
  }

  /** Forgets every kept dashboard (tests; bulk SQL writers bump the generation instead). */
  void forget() {
    cache.clear();
  }

  private record Key(LocalDate on, Locale locale) {}

  private record Kept(long generation, Dashboard dashboard) {}

  /**
   * Computes the dashboard from SQL in one read-only transaction: statuses, expiry, dormancy and
   * terms from the stored lifecycle columns and status timeline of each agreement (V4: the status
   * on a day is the {@code agreement_status_period} row whose period contains the day); activity
   * counts, coverage, dormancy and the implementation rate from the V9 summaries. Called inside a
   * read-only transaction, so that all parts see the same rows.
   */
  Dashboard compute(LocalDate on, Locale locale) {
    boolean english = locale.getLanguage().equals("en");

    Map<AgreementStatus, Long> statuses = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus s : AgreementStatus.values()) {
      statuses.put(s, 0L);
    }
    // periods that started on or before the day minus those that ended before it (V10)
    jdbc.sql(
            "select status, sum(starts) - sum(case when changed_on < :day then ends else 0 end)"
                + " as n from status_change where changed_on <= :day group by status")
        .param("day", on)
        .query(
            (rs, n) -> {
              statuses.put(AgreementStatus.valueOf(rs.getString("status")), rs.getLong("n"));
              return null;
            })
        .list();
    long agreements = statuses.values().stream().mapToLong(Long::longValue).sum();
    List<Dashboard.Count> byStatus =
        statuses.entrySet().stream()
            .map(e -> new Dashboard.Count(e.getKey().name(), e.getKey().name(), e.getValue()))
            .toList();

    List<CountryRow> countries =
        jdbc.sql(
                "select code, agreements, implemented from dashboard_count"
                    + " where dimension = :dimension and agreements > 0"
                    + " order by agreements desc, code")
            .param("dimension", DashboardSummaries.COUNTRY)
            .query(
                (rs, n) ->
                    new CountryRow(
                        rs.getString("code"), rs.getLong("agreements"), rs.getLong("implemented")))
            .list();
    List<Dashboard.Count> byCountry =
        countries.stream()
            .map(
                c ->
                    new Dashboard.Count(
                        c.country(), countryName(c.country(), locale), c.agreements()))
            .toList();
    List<Dashboard.CountryRate> rates =
        countries.stream()
            .map(
                c ->
                    new Dashboard.CountryRate(
                        c.country(),
                        c.agreements(),
                        c.implemented(),
                        c.agreements() == 0 ? 0 : (double) c.implemented() / c.agreements()))
            .toList();

    Map<String, String> areaNames = names("cooperation_area", english);
    Map<String, String> formNames = names("activity_form", english);
    Map<String, Long> committed = new LinkedHashMap<>();
    jdbc.sql(
            "select code, agreements from dashboard_count where dimension = :dimension"
                + " and agreements > 0 order by agreements desc, code")
        .param("dimension", DashboardSummaries.AREA)
        .query(
            (rs, n) -> {
              committed.put(rs.getString("code"), rs.getLong("agreements"));
              return null;
            })
        .list();
    List<Dashboard.Count> byArea =
        committed.entrySet().stream()
            .map(
                e ->
                    new Dashboard.Count(
                        e.getKey(), areaNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
            .toList();

    List<Dashboard.Count> byInstrument =
        jdbc.sql(
                "select code, agreements from dashboard_count where dimension = :dimension"
                    + " and agreements > 0 order by agreements desc, code")
            .param("dimension", DashboardSummaries.INSTRUMENT)
            .query(
                (rs, n) ->
                    new Dashboard.Count(
                        rs.getString("code"), rs.getString("code"), rs.getLong("agreements")))
            .list();

    // every activity counts in exactly one cell of the coverage matrix (a few hundred rows), so
    // their sum is the number of activities, without reading a summary row per agreement
    long activities =
        jdbc.sql("select coalesce(sum(activity_count), 0) from activity_coverage")
            .query(Long.class)
            .single();

    Dashboard.Expiring expiring = expiring(on);
    long[] dormantCount = new long[1];
    List<Dashboard.Dormant> dormant = dormant(on, dormantCount);
    Coverage coverage = overallCoverage(committed, areaNames, formNames);
    // the first terms to end among those binding on the day: the expires_on index range of the
    // narrow spans table, then titles and status for those rows only
    List<Dashboard.TermBar> timeline =
        jdbc.sql(
                "select a.id, a.title_id, a.title_en, b.in_force_from, b.expires_on,"
                    + " (select p.status from agreement_status_period p"
                    + " where p.agreement_id = a.id and "
                    + COVERS_DAY
                    + " limit 1) as status"
                    + " from (select b.agreement_id, b.in_force_from, b.expires_on"
                    + " from agreement_binding b where b.expires_on is not null"
                    + " and b.in_force_from is not null and "
                    + BINDS
                    + " order by b.expires_on, b.agreement_id limit "
                    + LIST_LIMIT
                    + ") b join agreement a on a.id = b.agreement_id"
                    + " order by b.expires_on, a.id")
            .param("day", on)
            .query(
                (rs, n) ->
                    new Dashboard.TermBar(
                        rs.getLong("id"),
                        title(rs),
                        rs.getObject("in_force_from", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getString("status")))
            .list();
    return new Dashboard(
        on,
        agreements,
        activities,
        byCountry,
        byStatus,
        byArea,
        byInstrument,
        expiring,
        dormantCount[0],
        dormant,
        coverage,
        rates,
        timeline);
  }

  /** The status period row {@code p} contains the day {@code :day}. */
  private static final String COVERS_DAY =
      "(p.starts_on is null or p.starts_on <= :day) and (p.ends_on is null or p.ends_on >= :day)";

  /**
   * The binding span {@code b} ({@code agreement_binding}) contains the day {@code :day}: its
   * agreement is in force, expiring or extended on it. An agreement's spans do not overlap, so it
   * has at most one such row.
   */
  private static final String BINDS =
      "(b.starts_on is null or b.starts_on <= :day) and (b.ends_on is null or b.ends_on >= :day)";

  private static String title(ResultSet rs) throws SQLException {
    String titleId = rs.getString("title_id");
    return titleId != null ? titleId : String.valueOf(rs.getString("title_en"));
  }

  private record CountryRow(String country, long agreements, long implemented) {}

  private Dashboard.Expiring expiring(LocalDate on) {
    LocalDate in3 = on.plusMonths(3);
    LocalDate in6 = on.plusMonths(6);
    LocalDate in12 = on.plusMonths(12);
    // the spans binding on the day whose agreement expires within 12 months: an index range of the
    // narrow spans table, checked row by row without looking anything up
    String within =
        " from agreement_binding b where b.expires_on >= :day and b.expires_on < :in12"
            + " and "
            + BINDS;
    long[] counts =
        jdbc.sql(
                "select count(*) as n12,"
                    + " sum(case when b.expires_on < :in6 then 1 else 0 end) as n6,"
                    + " sum(case when b.expires_on < :in3 then 1 else 0 end) as n3"
                    + within)
            .param("day", on)
            .param("in3", in3)
            .param("in6", in6)
            .param("in12", in12)
            .query((rs, n) -> new long[] {rs.getLong("n3"), rs.getLong("n6"), rs.getLong("n12")})
            .single();
    List<Dashboard.Upcoming> soonest =
        jdbc.sql(
                "select a.id, a.title_id, a.title_en, a.expires_on, a.notice_deadline,"
                    + " a.review_starts_on from (select b.agreement_id, b.expires_on"
                    + within
                    + " order by b.expires_on, b.agreement_id limit "
                    + LIST_LIMIT
                    + ") b join agreement a on a.id = b.agreement_id"
                    + " order by b.expires_on, a.id")
            .param("day", on)
            .param("in12", in12)
            .query(
                (rs, n) ->
                    new Dashboard.Upcoming(
                        rs.getLong("id"),
                        title(rs),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getObject("notice_deadline", LocalDate.class),
                        rs.getObject("review_starts_on", LocalDate.class)))
            .list();
    return new Dashboard.Expiring(counts[0], counts[1], counts[2], soonest);
  }

  /**
   * The first {@link #LIST_LIMIT} dormant agreements (see the class comment), longest asleep first;
   * {@code count[0]} receives how many there are in all.
   */
  List<Dashboard.Dormant> dormant(LocalDate on, long[] count) {
    LocalDate cutoff = on.minusMonths(12);
    // quiet_since (the later of signing and the last activity, null while something is ongoing
    // or when unsigned) is indexed: the candidates are an index range, checked in their own row
    String dormant =
        " from agreement_binding b where b.quiet_since <= :cutoff"
            + " and (b.last_activity_on is null or b.last_activity_on < :cutoff) and "
            + BINDS;
    count[0] =
        jdbc.sql("select count(*)" + dormant)
            .param("day", on)
            .param("cutoff", cutoff)
            .query(Long.class)
            .single();
    if (count[0] == 0) {
      return List.of();
    }
    return jdbc.sql(
            "select a.id, a.title_id, a.title_en, a.signed_on, b.last_activity_on"
                + " from (select b.agreement_id, b.last_activity_on,"
                + " coalesce(b.last_activity_on, b.signed_on) as asleep"
                + dormant
                + " order by asleep, b.agreement_id limit "
                + LIST_LIMIT
                + ") b join agreement a on a.id = b.agreement_id order by b.asleep, a.id")
        .param("day", on)
        .param("cutoff", cutoff)
        .query(
            (rs, n) ->
                new Dashboard.Dormant(
                    rs.getLong("id"),
                    title(rs),
                    rs.getObject("signed_on", LocalDate.class),
                    rs.getObject("last_activity_on", LocalDate.class)))
        .list();
  }

  /** The overall matrix from {@code activity_coverage}, with every committed area as a row. */
  private Coverage overallCoverage(
      Map<String, Long> committed, Map<String, String> areaNames, Map<String, String> formNames) {
    Map<String, Map<String, Long>> cells = new TreeMap<>();
    Set<String> forms = new java.util.TreeSet<>();
    jdbc.sql(
            "select area_code, form_code, activity_count from activity_coverage"
                + " where activity_count > 0")
        .query(
            (rs, n) -> {
              String form = rs.getString("form_code");
              forms.add(form);
              cells
                  .computeIfAbsent(rs.getString("area_code"), k -> new HashMap<>())
                  .put(form, rs.getLong("activity_count"));
              return null;
            })
        .list();
    Set<String> areas = new LinkedHashSet<>(committed.keySet());
    areas.addAll(cells.keySet());
    return matrix(areas, forms, cells, committed, areaNames, formNames);
  }

  /** The matrix of one agreement: its own areas and forms plus those its activities use. */
  @Transactional(readOnly = true)
  public Coverage coverageOf(long agreementId, Locale locale) {
    boolean english = locale.getLanguage().equals("en");
    Map<String, Long> committed = new LinkedHashMap<>();
    jdbc.sql(
            "select distinct area_code from agreement_area where agreement_id = :id"
                + " and area_code is not null")
        .param("id", agreementId)
        .query(
            (rs, n) -> {
              committed.put(rs.getString("area_code"), 1L);
              return null;
            })
        .list();
    Set<String> forms = new LinkedHashSet<>();
    jdbc.sql(
            "select distinct form_code from agreement_activity_form where agreement_id = :id"
                + " and form_code is not null")
        .param("id", agreementId)
        .query(
            (rs, n) -> {
              forms.add(rs.getString("form_code"));
              return null;
            })
        .list();
    Map<String, Map<String, Long>> cells = new TreeMap<>();
    jdbc.sql(
            "select coalesce(area_code, '') as area_code, coalesce(form_code, '') as form_code,"
                + " count(*) as n from activity where agreement_id = :id"
                + " group by coalesce(area_code, ''), coalesce(form_code, '')")
        .param("id", agreementId)
        .query(
            (rs, n) -> {
              forms.add(rs.getString("form_code"));
              cells
                  .computeIfAbsent(rs.getString("area_code"), k -> new HashMap<>())
                  .put(rs.getString("form_code"), rs.getLong("n"));
              return null;
            })
        .list();
    Set<String> areas = new LinkedHashSet<>(committed.keySet());
    areas.addAll(cells.keySet());
    return matrix(
        areas,
        forms,
        cells,
        committed,
        names("cooperation_area", english),
        names("activity_form", english));
  }

  /** The coverage matrix of the areas (rows) and forms (columns), with their names. */
  static Coverage matrix(
      Set<String> areas,
      Set<String> forms,
      Map<String, Map<String, Long>> cells,
      Map<String, Long> committed,
      Map<String, String> areaNames,
      Map<String, String> formNames) {
    List<Coverage.Label> columns =
        forms.stream().map(f -> new Coverage.Label(f, name(formNames, f))).toList();
    List<Coverage.AreaRow> rows = new ArrayList<>();
    for (String area : areas) {
      Map<String, Long> row = cells.getOrDefault(area, Map.of());
      rows.add(
          Coverage.AreaRow.of(
              area,
              name(areaNames, area),
              committed.getOrDefault(area, 0L),
              forms.stream().map(f -> row.getOrDefault(f, 0L)).toList()));
    }
    return new Coverage(columns, rows);
  }

  private static String name(Map<String, String> names, String code) {
    if (code.isEmpty()) {
      return "—";
    }
    return names.getOrDefault(code, code);
  }

  private Map<String, String> names(String taxonomy, boolean english) {
    return names(jdbc, taxonomy, english);
  }

  /** The names of a taxonomy's codes in the page language. */
  static Map<String, String> names(JdbcClient jdbc, String taxonomy, boolean english) {
    Map<String, String> names = new HashMap<>();
    jdbc.sql("select code, name_id, name_en from " + taxonomy)
        .query(
            (rs, n) -> {
              names.put(rs.getString("code"), rs.getString(english ? "name_en" : "name_id"));
              return null;
            })
        .list();
    return names;
  }

  static String countryName(@Nullable String code, Locale locale) {
    if (code == null) {
      return "—";
    }
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isBlank() ? code : name;
  }
}
