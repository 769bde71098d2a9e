package org.kerangka.app.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's summary tables (V10: {@code dashboard_count}, {@code status_change}, {@code
 * agreement_binding}) in step with the rows they summarise, in the transaction of the write that
 * changes them, so that a dashboard computed after a write reads a few hundred rows instead of
 * scanning every agreement, party, area and status period.
 *
 * <p>Upkeep of one agreement is a difference: {@link #read} its contribution (partner countries
 * with whether it is implemented, committed areas, instrument, status periods) before the write,
 * {@link #apply} after it, which reads the new contribution and adds the difference (nothing at all
 * when, as for a changed title, nothing counted changed), then rewrites its {@code
 * agreement_binding} rows from its status periods, stored lifecycle columns and activity summary.
 * {@link DashboardUpkeep} calls these around every save and delete of an agreement through Spring
 * Data JDBC; {@code ActivityService} around every refresh of an activity summary. A change of an
 * organisation's country recounts the two countries ({@link #recountCountries}). Bulk SQL writers
 * call {@link #rebuild} after their load; it runs the same statements as the fill of migration V10,
 * read from the migration itself.
 *
 * <p>Concurrency: {@link #read} first locks the agreement's row (PostgreSQL {@code for no key
 * update}, which does not wait for the key-share locks that inserting an activity takes) and the
 * rows of its party organisations (PostgreSQL {@code for share}; H2 has only {@code for update}),
 * so two writers of the same agreement, or an agreement write and a change of one of its parties'
 * country, run one after the other and each reads what the other committed. A country recount locks
 * the countries' count rows before counting. Counts are changed by {@code n = n + delta}, so
 * writers of different agreements never wait for each other beyond those row locks.
 */
@Component
public class DashboardSummaries {
  static final String COUNTRY = "COUNTRY";
  static final String AREA = "AREA";
  static final String INSTRUMENT = "INSTRUMENT";

  /** The day that stands for "since ever" in {@code status_change}. */
  static final LocalDate SINCE_EVER = LocalDate.of(1, 1, 1);

  private static final String MIGRATION = "db/migration/V10__dashboard_summaries.sql";
  private static final String FILL_MARKER = "-- Fill from the rows already stored";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private volatile @Nullable Boolean postgres;
  private final List<String> fill;
  private final String bindingOfOne;

  DashboardSummaries(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.fill = fillStatements();
    String binding =
        fill.stream()
            .filter(s -> s.startsWith("insert into agreement_binding"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(MIGRATION + ": no agreement_binding"));
    this.bindingOfOne = binding + "\n   and p.agreement_id = :id";
  }

  /** What one agreement adds to the summaries; {@link #NONE} when it does not exist. */
  public record Contribution(
      Set<String> countries,
      boolean implemented,
      Set<String> areas,
      @Nullable String instrument,
      List<Period> periods) {}

  /** A status period as stored (null start = since ever, null end = from then on). */
  public record Period(String status, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {}

  static final Contribution NONE = new Contribution(Set.of(), false, Set.of(), null, List.of());

  /**
   * Locks the agreement (and its party organisations) for the rest of the transaction and reads
   * what it contributes now; {@link #NONE} when it does not exist (yet).
   */
  public Contribution read(long agreementId) {
    List<Long> locked =
        jdbc.sql("select id from agreement where id = :id " + lockAgreement())
            .param("id", agreementId)
            .query(Long.class)
            .list();
    if (locked.isEmpty()) {
      return NONE;
    }
    jdbc.sql(
            "select id from organisation where id in (select organisation_id from agreement_party"
                + " where agreement_id = :id) order by id "
                + lockOrganisations())
        .param("id", agreementId)
        .query(Long.class)
        .list();
    Set<String> countries =
        new TreeSet<>(
            jdbc.sql(
                    "select distinct o.country from agreement_party p"
                        + " join organisation o on o.id = p.organisation_id"
                        + " where p.agreement_id = :id and o.country is not null"
                        + " and o.country <> :home")
                .param("id", agreementId)
                .param("home", DashboardService.HOME)
                .query(String.class)
                .list());
    boolean implemented =
        !jdbc.sql(
                "select 1 from agreement_activity_summary where agreement_id = :id"
                    + " and last_activity_on is not null")
            .param("id", agreementId)
            .query(Integer.class)
            .list()
            .isEmpty();
    Set<String> areas =
        new TreeSet<>(
            jdbc.sql(
                    "select distinct area_code from agreement_area where agreement_id = :id"
                        + " and area_code is not null")
                .param("id", agreementId)
                .query(String.class)
                .list());
    String instrument =
        jdbc.sql("select instrument from agreement where id = :id")
            .param("id", agreementId)
            .query(String.class)
            .single();
    List<Period> periods =
        jdbc.sql(
                "select status, starts_on, ends_on from agreement_status_period"
                    + " where agreement_id = :id order by idx")
            .param("id", agreementId)
            .query(
                (rs, n) ->
                    new Period(
                        rs.getString("status"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
            .list();
    return new Contribution(countries, implemented, areas, instrument, periods);
  }

  /**
   * After a write of the agreement (or of its activity summary): adds the difference between its
   * contribution now and {@code before} (read by {@link #read} in the same transaction before the
   * write) and rewrites its binding spans.
   */
  public void apply(long agreementId, Contribution before) {
    Contribution after = read(agreementId);
    change(before, after);
    jdbc.sql("delete from agreement_binding where agreement_id = :id")
        .param("id", agreementId)
        .update();
    if (after != NONE) {
      jdbc.sql(bindingOfOne).param("id", agreementId).update();
    }
  }

  /** Before an agreement is deleted: takes away its contribution (its spans go by cascade). */
  public void deleting(long agreementId) {
    change(read(agreementId), NONE);
  }

  private void change(Contribution before, Contribution after) {
    Map<String, long[]> countries = new TreeMap<>();
    for (String c : before.countries()) {
      long[] d = countries.computeIfAbsent(c, k -> new long[2]);
      d[0]--;
      d[1] -= before.implemented() ? 1 : 0;
    }
    for (String c : after.countries()) {
      long[] d = countries.computeIfAbsent(c, k -> new long[2]);
      d[0]++;
      d[1] += after.implemented() ? 1 : 0;
    }
    countries.forEach((code, d) -> count(COUNTRY, code, d[0], d[1]));
    Map<String, long[]> areas = new TreeMap<>();
    before.areas().forEach(a -> areas.computeIfAbsent(a, k -> new long[1])[0]--);
    after.areas().forEach(a -> areas.computeIfAbsent(a, k -> new long[1])[0]++);
    areas.forEach((code, d) -> count(AREA, code, d[0], 0));
    if (!Objects.equals(before.instrument(), after.instrument())) {
      if (before.instrument() != null) {
        count(INSTRUMENT, before.instrument(), -1, 0);
      }
      if (after.instrument() != null) {
        count(INSTRUMENT, after.instrument(), 1, 0);
      }
    }
    if (!before.periods().equals(after.periods())) {
      Map<StatusDay, int[]> changes = new TreeMap<>();
      statusChanges(before.periods(), -1, changes);
      statusChanges(after.periods(), 1, changes);
      changes.forEach(this::statusChange);
    }
  }

  private record StatusDay(String status, LocalDate day) implements Comparable<StatusDay> {
    @Override
    public int compareTo(StatusDay o) {
      int c = status.compareTo(o.status);
      return c != 0 ? c : day.compareTo(o.day);
    }
  }

  private static void statusChanges(List<Period> periods, int sign, Map<StatusDay, int[]> into) {
    for (Period p : periods) {
      if (p.startsOn() != null && p.endsOn() != null && p.startsOn().isAfter(p.endsOn())) {
        continue; // an empty period covers no day (the migration's fill skips it too)
      }
      LocalDate start = p.startsOn() == null ? SINCE_EVER : p.startsOn();
      into.computeIfAbsent(new StatusDay(p.status(), start), k -> new int[2])[0] += sign;
      if (p.endsOn() != null) {
        into.computeIfAbsent(new StatusDay(p.status(), p.endsOn()), k -> new int[2])[1] += sign;
      }
    }
  }

  private void statusChange(StatusDay key, int[] delta) {
    if (delta[0] == 0 && delta[1] == 0) {
      return;
    }
    jdbc.sql(
            "insert into status_change (status, changed_on, starts, ends)"
                + " values (:status, :day, 0, 0)"
                + " on conflict do nothing")
        .param("status", key.status())
        .param("day", key.day())
        .update();
    jdbc.sql(
            "update status_change set starts = starts + :starts, ends = ends + :ends"
                + " where status = :status and changed_on = :day")
        .param("starts", delta[0])
        .param("ends", delta[1])
        .param("status", key.status())
        .param("day", key.day())
        .update();
  }

  private void count(String dimension, String code, long agreements, long implemented) {
    if (agreements == 0 && implemented == 0) {
      return;
    }
    jdbc.sql(
            "insert into dashboard_count (dimension, code, agreements, implemented)"
                + " values (:dimension, :code, 0, 0) on conflict do nothing")
        .param("dimension", dimension)
        .param("code", code)
        .update();
    jdbc.sql(
            "update dashboard_count set agreements = agreements + :agreements,"
                + " implemented = implemented + :implemented"
                + " where dimension = :dimension and code = :code")
        .param("agreements", agreements)
        .param("implemented", implemented)
        .param("dimension", dimension)
        .param("code", code)
        .update();
  }

  /**
   * Recounts the agreements of partner countries from the parties (after an organisation's country
   * changed, which moves all its agreements). Locks the countries' count rows first, so that the
   * count, a statement of its own, sees every writer that changed them before.
   */
  public void recountCountries(Set<@Nullable String> codes) {
    Set<String> countries = new TreeSet<>();
    for (String code : codes) {
      if (code != null && !code.equals(DashboardService.HOME)) {
        countries.add(code);
      }
    }
    for (String country : countries) {
      jdbc.sql(
              "insert into dashboard_count (dimension, code, agreements, implemented)"
                  + " values (:dimension, :code, 0, 0) on conflict do nothing")
          .param("dimension", COUNTRY)
          .param("code", country)
          .update();
    }
    if (countries.isEmpty()) {
      return;
    }
    jdbc.sql(
            "select code from dashboard_count where dimension = :dimension and code in (:codes)"
                + " order by code for update")
        .param("dimension", COUNTRY)
        .param("codes", countries)
        .query(String.class)
        .list();
    for (String country : countries) {
      jdbc.sql(
              """
              update dashboard_count
                 set agreements = (select count(distinct p.agreement_id) from agreement_party p
                                     join organisation o on o.id = p.organisation_id
                                    where o.country = :code),
                     implemented = (select count(distinct p.agreement_id) from agreement_party p
                                      join organisation o on o.id = p.organisation_id
                                      join agreement_activity_summary s
                                        on s.agreement_id = p.agreement_id
                                     where o.country = :code and s.last_activity_on is not null)
               where dimension = :dimension and code = :code
              """)
          .param("dimension", COUNTRY)
          .param("code", country)
          .update();
    }
  }

  /**
   * Recomputes every summary from scratch (after bulk SQL loads that bypass the upkeep), with the
   * fill statements of migration V10. One transaction.
   */
  @Transactional
  public void rebuild() {
    jdbc.sql("delete from dashboard_count").update();
    jdbc.sql("delete from status_change").update();
    jdbc.sql("delete from agreement_binding").update();
    for (String statement : fill) {
      jdbc.sql(statement).update();
    }
  }

  /** The statements after the fill marker of the migration, without comments. */
  private static List<String> fillStatements() {
    String text;
    try (InputStream in =
        DashboardSummaries.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException("missing " + MIGRATION);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int from = text.indexOf(FILL_MARKER);
    if (from < 0) {
      throw new IllegalStateException(MIGRATION + ": no fill marker");
    }
    List<String> statements = new ArrayList<>();
    for (String part : text.substring(from).split(";")) {
      StringBuilder sql = new StringBuilder();
      for (String line : part.split("\n")) {
        if (!line.strip().startsWith("--") && !line.isBlank()) {
          sql.append(line).append('\n');
        }
      }
      if (!sql.isEmpty()) {
        statements.add(sql.toString().strip());
      }
    }
    return List.copyOf(statements);
  }

  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell the database", e);
      }
      postgres = known;
    }
    return known;
  }

  private String lockAgreement() {
    return postgres() ? "for no key update" : "for update";
  }

  private String lockOrganisations() {
    return postgres() ? "for share" : "for update";
  }
}
