package org.kerangka.app.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of the implementation records (tables of migration V7) for exports: activities with
 * their agreement, taxonomy labels, participating organisations, spending, documents and
 * indicators. Reads in id order, a batch at a time, so that an export of a million activities holds
 * one batch in memory, not all.
 */
@Component
class Activities {
  static final int BATCH = 500;

  private final JdbcClient jdbc;

  Activities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Which activities to read; every field is optional. */
  record Filter(@Nullable Long agreement, @Nullable String status, @Nullable String country) {
    static final Filter ALL = new Filter(null, null, null);
  }

  record Participant(long organisationId, String name, @Nullable String country, String role) {}

  record Transaction(
      String kind,
      LocalDate occurredOn,
      BigDecimal amount,
      String currency,
      @Nullable String description) {}

  record Document(
      String url, @Nullable String title, @Nullable String category, @Nullable LocalDate on) {}

  record Period(
      LocalDate start, LocalDate end, @Nullable BigDecimal target, @Nullable BigDecimal actual) {}

  record Indicator(
      long id,
      String title,
      String measure,
      boolean ascending,
      @Nullable Integer baselineYear,
      @Nullable BigDecimal baselineValue,
      List<Period> periods) {

    /** The latest period with an actual value, if any. */
    @Nullable Period latest() {
      Period latest = null;
      for (Period p : periods) {
        if (p.actual() != null && (latest == null || p.end().isAfter(latest.end()))) {
          latest = p;
        }
      }
      return latest;
    }
  }

  /** An activity with everything the exports show of it. */
  record Activity(
      long id,
      long agreementId,
      String agreementTitle,
      @Nullable LocalDate agreementSignedOn,
      @Nullable Long parentId,
      @Nullable String parentIatiIdentifier,
      String level,
      @Nullable String iatiIdentifier,
      String title,
      @Nullable String description,
      @Nullable String formCode,
      @Nullable String formNameId,
      @Nullable String formNameEn,
      @Nullable String areaCode,
      @Nullable String areaNameId,
      @Nullable String areaNameEn,
      @Nullable String oecdCrs,
      String status,
      @Nullable LocalDate plannedStart,
      @Nullable LocalDate plannedEnd,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd,
      @Nullable String location,
      @Nullable String country,
      @Nullable String currency,
      @Nullable BigDecimal budget,
      @Nullable Integer participants,
      List<Participant> organisations,
      List<Transaction> transactions,
      List<Document> documents,
      List<Indicator> indicators) {

    public @Nullable String formName(boolean english) {
      return english ? formNameEn : formNameId;
    }

    public @Nullable String areaName(boolean english) {
      return english ? areaNameEn : areaNameId;
    }

    /** Money spent: the sum of disbursements and expenditure in the activity's currency. */
    BigDecimal spent() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Transaction t : transactions) {
        if (!t.kind().equals("COMMITMENT")
            && (currency == null || currency.equalsIgnoreCase(t.currency()))) {
          sum = sum.add(t.amount());
        }
      }
      return sum;
    }
  }

  private static final String SELECT =
      "select a.id, a.agreement_id, coalesce(g.title_id, g.title_en) as agreement_title,"
          + " g.signed_on as agreement_signed_on, a.parent_id,"
          + " p.iati_identifier as parent_iati_identifier, a.level, a.iati_identifier,"
          + " a.title, a.description, a.form_code, f.name_id as form_name_id,"
          + " f.name_en as form_name_en, a.area_code, c.name_id as area_name_id,"
          + " c.name_en as area_name_en, c.oecd_crs, a.status, a.planned_start, a.planned_end,"
          + " a.actual_start, a.actual_end, a.location, a.country, a.currency, a.budget,"
          + " a.participants"
          + " from activity a join agreement g on g.id = a.agreement_id"
          + " left join activity_form f on f.code = a.form_code"
          + " left join cooperation_area c on c.code = a.area_code"
          + " left join activity p on p.id = a.parent_id";

  /** Calls {@code each} with every activity the filter selects, in id order. */
  void forEach(Filter filter, Consumer<Activity> each) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Activity> batch = batch(filter, after);
      for (Activity activity : batch) {
        each.accept(activity);
      }
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** The activities under one agreement, in id order (parents before their children). */
  List<Activity> ofAgreement(long agreementId) {
    List<Activity> all = new ArrayList<>();
    forEach(new Filter(agreementId, null, null), all::add);
    return all;
  }

  private List<Activity> batch(Filter filter, long after) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where a.id > :after");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", after);
    if (filter.agreement() != null) {
      sql.append(" and a.agreement_id = :agreement");
      params.put("agreement", filter.agreement());
    }
    if (filter.status() != null) {
      sql.append(" and a.status = :status");
      params.put("status", filter.status());
    }
    if (filter.country() != null) {
      sql.append(
          " and exists (select 1 from agreement_party p join organisation o"
              + " on o.id = p.organisation_id where p.agreement_id = a.agreement_id"
              + " and o.country = :country)");
      params.put("country", filter.country().toUpperCase(Locale.ROOT));
    }
    sql.append(" order by a.id fetch first ").append(BATCH).append(" rows only");
    List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Activities::row).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> r.id).toList();
    Map<Long, List<Participant>> organisations = new HashMap<>();
    jdbc.sql(
            "select x.activity_id, x.organisation_id, coalesce(o.name_id, o.name_en,"
                + " o.name_partner) as name, o.country, x.role from activity_participating_org x"
                + " join organisation o on o.id = x.organisation_id"
                + " where x.activity_id in (:ids) order by x.activity_id, x.idx")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              organisations
                  .computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                  .add(
                      new Participant(
                          rs.getLong("organisation_id"),
                          String.valueOf(rs.getString("name")),
                          rs.getString("country"),
                          rs.getString("role")));
              return 0;
            })
        .list();
    Map<Long, List<Transaction>> transactions = new HashMap<>();
    jdbc.sql(
            "select activity_id, kind, occurred_on, amount, currency, description"
                + " from activity_transaction where activity_id in (:ids)"
                + " order by activity_id, idx")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              transactions
                  .computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                  .add(
                      new Transaction(
                          rs.getString("kind"),
                          rs.getObject("occurred_on", LocalDate.class),
                          rs.getBigDecimal("amount"),
                          rs.getString("currency"),
                          rs.getString("description")));
              return 0;
            })
        .list();
    Map<Long, List<Document>> documents = new HashMap<>();
    jdbc.sql(
            "select activity_id, url, title, category, published_on from activity_document"
                + " where activity_id in (:ids) order by activity_id, idx")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              documents
                  .computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                  .add(
                      new Document(
                          rs.getString("url"),
                          rs.getString("title"),
                          rs.getString("category"),
                          rs.getObject("published_on", LocalDate.class)));
              return 0;
            })
        .list();
    Map<Long, List<Period>> periods = new HashMap<>();
    jdbc.sql(
            "select p.indicator_id, p.period_start, p.period_end, p.target_value, p.actual_value"
                + " from indicator_period p join indicator i on i.id = p.indicator_id"
                + " where i.activity_id in (:ids) order by p.indicator_id, p.idx")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              periods
                  .computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                  .add(
                      new Period(
                          rs.getObject("period_start", LocalDate.class),
                          rs.getObject("period_end", LocalDate.class),
                          rs.getBigDecimal("target_value"),
                          rs.getBigDecimal("actual_value")));
              return 0;
            })
        .list();
    Map<Long, List<Indicator>> indicators = new HashMap<>();
    jdbc.sql(
            "select id, activity_id, title, measure, ascending, baseline_year, baseline_value"
                + " from indicator where activity_id in (:ids) order by activity_id, id")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              indicators
                  .computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                  .add(
                      new Indicator(
                          id,
                          rs.getString("title"),
                          rs.getString("measure"),
                          rs.getBoolean("ascending"),
                          (Integer) rs.getObject("baseline_year", Integer.class),
                          rs.getBigDecimal("baseline_value"),
                          periods.getOrDefault(id, List.of())));
              return 0;
            })
        .list();
    List<Activity> batch = new ArrayList<>(rows.size());
    for (Row r : rows) {
      batch.add(
          r.with(
              organisations.getOrDefault(r.id, List.of()),
              transactions.getOrDefault(r.id, List.of()),
              documents.getOrDefault(r.id, List.of()),
              indicators.getOrDefault(r.id, List.of())));
    }
    return batch;
  }

  /** The columns of one activity row, before its lists are attached. */
  private static final class Row {
    final long id;
    final Activity bare;

    Row(Activity bare) {
      this.id = bare.id();
      this.bare = bare;
    }

    Activity with(
        List<Participant> organisations,
        List<Transaction> transactions,
        List<Document> documents,
        List<Indicator> indicators) {
      Activity a = bare;
      return new Activity(
          a.id(),
          a.agreementId(),
          a.agreementTitle(),
          a.agreementSignedOn(),
          a.parentId(),
          a.parentIatiIdentifier(),
          a.level(),
          a.iatiIdentifier(),
          a.title(),
          a.description(),
          a.formCode(),
          a.formNameId(),
          a.formNameEn(),
          a.areaCode(),
          a.areaNameId(),
          a.areaNameEn(),
          a.oecdCrs(),
          a.status(),
          a.plannedStart(),
          a.plannedEnd(),
          a.actualStart(),
          a.actualEnd(),
          a.location(),
          a.country(),
          a.currency(),
          a.budget(),
          a.participants(),
          organisations,
          transactions,
          documents,
          indicators);
    }
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    int participants = rs.getInt("participants");
    Integer participantCount = rs.wasNull() ? null : participants;
    return new Row(
        new Activity(
            rs.getLong("id"),
            rs.getLong("agreement_id"),
            String.valueOf(rs.getString("agreement_title")),
            rs.getObject("agreement_signed_on", LocalDate.class),
            parentId,
            rs.getString("parent_iati_identifier"),
            rs.getString("level"),
            rs.getString("iati_identifier"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("form_code"),
            rs.getString("form_name_id"),
            rs.getString("form_name_en"),
            rs.getString("area_code"),
            rs.getString("area_name_id"),
            rs.getString("area_name_en"),
            rs.getString("oecd_crs"),
            rs.getString("status"),
            rs.getObject("planned_start", LocalDate.class),
            rs.getObject("planned_end", LocalDate.class),
            rs.getObject("actual_start", LocalDate.class),
            rs.getObject("actual_end", LocalDate.class),
            rs.getString("location"),
            trimmed(rs.getString("country")),
            trimmed(rs.getString("currency")),
            rs.getBigDecimal("budget"),
            participantCount,
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  private static @Nullable String trimmed(@Nullable String value) {
    return value == null ? null : value.strip();
  }
}
