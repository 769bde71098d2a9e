package org.kerangka.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test oracle of the dashboard: {@code DashboardService.compute} as it was before the V10
 * summaries, computing every figure by scanning the agreements, parties, areas and status periods
 * (aggregates over the base rows). The consistency tests compare the dashboard from the summaries
 * with this one.
 */
final class ScanningDashboard {
  static final int LIST_LIMIT = DashboardService.LIST_LIMIT;
  static final String HOME = DashboardService.HOME;

  private final JdbcClient jdbc;

  ScanningDashboard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Dashboard compute(LocalDate on, Locale locale) {
    boolean english = locale.getLanguage().equals("en");

    Map<AgreementStatus, Long> statuses = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus s : AgreementStatus.values()) {
      statuses.put(s, 0L);
    }
    jdbc.sql(
            "select p.status, count(*) as n from agreement_status_period p where "
                + COVERS_DAY
                + " group by p.status")
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
                """
                select o.country, count(distinct p.agreement_id) as agreements,
                       count(distinct case when s.last_activity_on is not null
                                           then p.agreement_id end) as implemented
                  from agreement_party p
                  join organisation o on o.id = p.organisation_id
                  left join agreement_activity_summary s on s.agreement_id = p.agreement_id
                 where o.country is not null and o.country <> :home
                 group by o.country
                 order by agreements desc, o.country
                """)
            .param("home", HOME)
            .query(
                (rs, n) ->
                    new CountryRow(
                        rs.getString("country"),
                        rs.getLong("agreements"),
                        rs.getLong("implemented")))
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

    Map<String, String> areaNames = DashboardService.names(jdbc, "cooperation_area", english);
    Map<String, String> formNames = DashboardService.names(jdbc, "activity_form", english);
    Map<String, Long> committed = new LinkedHashMap<>();
    jdbc.sql(
            "select area_code, count(distinct agreement_id) as n from agreement_area"
                + " where area_code is not null group by area_code order by n desc, area_code")
        .query(
            (rs, n) -> {
              committed.put(rs.getString("area_code"), rs.getLong("n"));
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
                "select instrument, count(*) as n from agreement group by instrument"
                    + " order by n desc, instrument")
            .query(
                (rs, n) ->
                    new Dashboard.Count(
                        rs.getString("instrument"), rs.getString("instrument"), rs.getLong("n")))
            .list();

    long activities =
        jdbc.sql("select coalesce(sum(activity_count), 0) from agreement_activity_summary")
            .query(Long.class)
            .single();

    Dashboard.Expiring expiring = expiring(on);
    long[] dormantCount = new long[1];
    List<Dashboard.Dormant> dormant = dormant(on, dormantCount);
    Coverage coverage = overallCoverage(committed, areaNames, formNames);
    List<Dashboard.TermBar> timeline =
        jdbc.sql(
                "select a.id, a.title_id, a.title_en, a.in_force_from, a.expires_on,"
                    + " (select p.status from agreement_status_period p"
                    + " where p.agreement_id = a.id and "
                    + COVERS_DAY
                    + " limit 1) as status"
                    + " from agreement a where a.expires_on is not null"
                    + " and a.in_force_from is not null and "
                    + IN_FORCE
                    + " order by a.expires_on, a.id limit "
                    + LIST_LIMIT)
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
   * Agreement {@code a} binds its parties on {@code :day} (in force, expiring or extended). As
   * {@code exists}, so that the query walks the agreements (in the order of an index on them) and
   * looks up each one's period, instead of scanning every period first.
   */
  private static final String IN_FORCE =
      "exists (select 1 from agreement_status_period p where p.agreement_id = a.id"
          + " and p.status in ('IN_FORCE', 'EXPIRING', 'EXTENDED') and "
          + COVERS_DAY
          + ")";

  private static String title(ResultSet rs) throws SQLException {
    String titleId = rs.getString("title_id");
    return titleId != null ? titleId : String.valueOf(rs.getString("title_en"));
  }

  private record CountryRow(String country, long agreements, long implemented) {}

  private Dashboard.Expiring expiring(LocalDate on) {
    LocalDate in3 = on.plusMonths(3);
    LocalDate in6 = on.plusMonths(6);
    long[] within = new long[3];
    List<Dashboard.Upcoming> soonest = new ArrayList<>();
    // one pass over the agreements expiring within 12 months (an index range on expires_on)
    jdbc.sql(
            "select a.id, a.title_id, a.title_en, a.expires_on, a.notice_deadline,"
                + " a.review_starts_on from agreement a"
                + " where a.expires_on >= :day and a.expires_on < :in12 and "
                + IN_FORCE
                + " order by a.expires_on, a.id")
        .param("day", on)
        .param("in12", on.plusMonths(12))
        .query(
            (RowCallbackHandler)
                rs -> { // called once per row, on the row
                  LocalDate expiry = rs.getObject("expires_on", LocalDate.class);
                  within[2]++;
                  if (expiry.isBefore(in6)) {
                    within[1]++;
                  }
                  if (expiry.isBefore(in3)) {
                    within[0]++;
                  }
                  if (soonest.size() < LIST_LIMIT) {
                    soonest.add(
                        new Dashboard.Upcoming(
                            rs.getLong("id"),
                            title(rs),
                            expiry,
                            rs.getObject("notice_deadline", LocalDate.class),
                            rs.getObject("review_starts_on", LocalDate.class)));
                  }
                });
    return new Dashboard.Expiring(within[0], within[1], within[2], List.copyOf(soonest));
  }

  /**
   * The first {@link #LIST_LIMIT} dormant agreements (see the class comment), longest asleep first;
   * {@code count[0]} receives how many there are in all.
   */
  List<Dashboard.Dormant> dormant(LocalDate on, long[] count) {
    LocalDate cutoff = on.minusMonths(12);
    String dormant =
        """
         from agreement a
         left join agreement_activity_summary s on s.agreement_id = a.id
        where a.signed_on <= :cutoff
          and coalesce(s.ongoing_count, 0) = 0
          and (s.last_activity_on is null or s.last_activity_on < :cutoff)
          and %s
        """
            .formatted(IN_FORCE);
    count[0] = 0;
    return jdbc.sql(
            "select a.id, a.title_id, a.title_en, a.signed_on, s.last_activity_on,"
                + " count(*) over () as total"
                + dormant
                + " order by coalesce(s.last_activity_on, a.signed_on), a.id limit "
                + LIST_LIMIT)
        .param("day", on)
        .param("cutoff", cutoff)
        .query(
            (rs, n) -> {
              count[0] = rs.getLong("total");
              return new Dashboard.Dormant(
                  rs.getLong("id"),
                  title(rs),
                  rs.getObject("signed_on", LocalDate.class),
                  rs.getObject("last_activity_on", LocalDate.class));
            })
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
    return DashboardService.matrix(areas, forms, cells, committed, areaNames, formNames);
  }

  private static String countryName(@Nullable String code, Locale locale) {
    return DashboardService.countryName(code, locale);
  }
}
