package org.kerangka.app.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the monitoring dashboard. Activity counts, coverage and dormancy come from SQL aggregates
 * over the summaries that {@code ActivityService} keeps (V9), never from the activity table itself;
 * statuses and expiry dates come from the lifecycle calculator.
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

  private final JdbcClient jdbc;
  private final Lifecycles lifecycles;
  private final Clock clock;

  DashboardService(JdbcClient jdbc, Lifecycles lifecycles, Clock clock) {
    this.jdbc = jdbc;
    this.lifecycles = lifecycles;
    this.clock = clock;
  }

  /** Today according to the monitoring clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(LocalDate on, Locale locale) {
    boolean english = locale.getLanguage().equals("en");
    List<AgreementDates> all = lifecycles.all(on);
    Map<Long, AgreementDates> byId =
        all.stream().collect(Collectors.toMap(AgreementDates::id, Function.identity()));

    Map<AgreementStatus, Long> statuses = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus s : AgreementStatus.values()) {
      statuses.put(s, 0L);
    }
    all.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
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

    Map<String, String> areaNames = names("cooperation_area", english);
    Map<String, String> formNames = names("activity_form", english);
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

    Dashboard.Expiring expiring = expiring(all, on);
    List<Dashboard.Dormant> dormant = dormant(on, byId);
    long dormantCount = dormant.size();
    Coverage coverage = overallCoverage(committed, areaNames, formNames);
    List<Dashboard.TermBar> timeline =
        all.stream()
            .filter(AgreementDates::inForce)
            .filter(a -> a.dates().entryIntoForce() != null && a.dates().expiresOn() != null)
            .sorted(Comparator.comparing(a -> a.dates().expiresOn()))
            .limit(LIST_LIMIT)
            .map(
                a ->
                    new Dashboard.TermBar(
                        a.id(),
                        a.title(),
                        a.dates().entryIntoForce(),
                        a.dates().expiresOn(),
                        a.status().name()))
            .toList();
    return new Dashboard(
        on,
        all.size(),
        activities,
        byCountry,
        byStatus,
        byArea,
        byInstrument,
        expiring,
        dormantCount,
        dormant.stream().limit(LIST_LIMIT).toList(),
        coverage,
        rates,
        timeline);
  }

  private record CountryRow(String country, long agreements, long implemented) {}

  private static Dashboard.Expiring expiring(List<AgreementDates> all, LocalDate on) {
    long[] within = new long[3];
    int[] months = {3, 6, 12};
    List<AgreementDates> soonest = new ArrayList<>();
    for (AgreementDates a : all) {
      LocalDate expiry = a.dates().expiresOn();
      if (!a.inForce() || expiry == null || expiry.isBefore(on)) {
        continue;
      }
      for (int i = 0; i < months.length; i++) {
        if (expiry.isBefore(on.plusMonths(months[i]))) {
          within[i]++;
        }
      }
      if (expiry.isBefore(on.plusMonths(12))) {
        soonest.add(a);
      }
    }
    soonest.sort(Comparator.comparing(a -> a.dates().expiresOn()));
    return new Dashboard.Expiring(
        within[0],
        within[1],
        within[2],
        soonest.stream()
            .limit(LIST_LIMIT)
            .map(
                a ->
                    new Dashboard.Upcoming(
                        a.id(),
                        a.title(),
                        a.dates().expiresOn(),
                        a.dates().noticeDeadline(),
                        a.dates().reviewStartsOn()))
            .toList());
  }

  /** The dormant agreements (see the class comment), longest asleep first. */
  List<Dashboard.Dormant> dormant(LocalDate on, Map<Long, AgreementDates> byId) {
    LocalDate cutoff = on.minusMonths(12);
    List<Dashboard.Dormant> dormant =
        jdbc
            .sql(
                """
                select a.id, a.signed_on, s.last_activity_on
                  from agreement a
                  left join agreement_activity_summary s on s.agreement_id = a.id
                 where a.signed_on <= :cutoff
                   and coalesce(s.ongoing_count, 0) = 0
                   and (s.last_activity_on is null or s.last_activity_on < :cutoff)
                """)
            .param("cutoff", cutoff)
            .query(
                (rs, n) -> {
                  long id = rs.getLong("id");
                  AgreementDates dates = byId.get(id);
                  if (dates == null || !dates.inForce()) {
                    return null;
                  }
                  return new Dashboard.Dormant(
                      id,
                      dates.title(),
                      rs.getObject("signed_on", LocalDate.class),
                      rs.getObject("last_activity_on", LocalDate.class));
                })
            .list()
            .stream()
            .filter(d -> d != null)
            .sorted(
                Comparator.comparing(
                        (Dashboard.Dormant d) ->
                            d.lastActivityOn() != null ? d.lastActivityOn() : d.signedOn(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Dashboard.Dormant::id))
            .toList();
    return dormant;
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

  private static Coverage matrix(
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
