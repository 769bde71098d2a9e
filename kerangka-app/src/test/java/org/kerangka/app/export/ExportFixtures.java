package org.kerangka.app.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implementation records written straight into the V7 tables (the write side belongs to the
 * monitoring feature), and removed again: the registry is shared with other test classes.
 */
final class ExportFixtures {
  private final JdbcClient jdbc;
  private final List<Long> activities = new ArrayList<>();
  private final List<Long> agreements = new ArrayList<>();

  ExportFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The demo MoU with a party in the given country. */
  long agreementWith(String country) {
    return jdbc.sql(
            "select p.agreement_id from agreement_party p join organisation o"
                + " on o.id = p.organisation_id where o.country = :c order by p.agreement_id")
        .param("c", country)
        .query(Long.class)
        .list()
        .get(0);
  }

  long organisationIn(String country) {
    return jdbc.sql("select id from organisation where country = :c order by id")
        .param("c", country)
        .query(Long.class)
        .list()
        .get(0);
  }

  /** An agreement with only a title and an instrument; gone after {@link #clean()}. */
  long agreement(String instrument, String title) {
    jdbc.sql(
            "insert into agreement (version, instrument, title_id, entry_into_force_on_signature,"
                + " renewal_mode, confidential, signed_on) values (0, :i, :t, true, 'NONE',"
                + " false, date '2024-01-15')")
        .param("i", instrument)
        .param("t", title)
        .update();
    long id =
        jdbc.sql("select max(id) from agreement where title_id = :t")
            .param("t", title)
            .query(Long.class)
            .single();
    agreements.add(id);
    return id;
  }

  /**
   * The tests' usual record: a training of solar-panel technicians under the agreement, in
   * implementation from March to September 2024 with 40 participants, funded by an organisation in
   * China, with an indicator of certified technicians (baseline 0, target 50, actual 38).
   */
  long solarTraining(long agreementId) {
    long training =
        activity(
            agreementId,
            "Pelatihan teknisi panel surya",
            "IMPLEMENTATION",
            "FORM_TRAINING",
            "AREA_SOLAR_PV",
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 9, 30),
            40);
    participant(training, 0, organisationIn("CN"), "FUNDING");
    indicator(training, "Teknisi tersertifikasi", "UNIT", "0", "50", "38");
    return training;
  }

  long activity(
      long agreementId,
      String title,
      String status,
      String formCode,
      String areaCode,
      LocalDate start,
      LocalDate end,
      Integer participants) {
    jdbc.sql(
            "insert into activity (version, agreement_id, level, title, description, form_code,"
                + " area_code, status, planned_start, planned_end, actual_start, location,"
                + " country, currency, budget, participants) values (0, :agreement, 'ACTIVITY',"
                + " :title, :description, :form, :area, :status, :start, :end, :start,"
                + " 'Bandung', 'ID', 'IDR', 250000000.00, :participants)")
        .param("agreement", agreementId)
        .param("title", title)
        .param("description", "Uraian " + title)
        .param("form", formCode)
        .param("area", areaCode)
        .param("status", status)
        .param("start", start)
        .param("end", end)
        .param("participants", participants)
        .update();
    long id =
        jdbc.sql("select max(id) from activity where title = :t")
            .param("t", title)
            .query(Long.class)
            .single();
    activities.add(id);
    return id;
  }

  void participant(long activityId, int idx, long organisationId, String role) {
    jdbc.sql(
            "insert into activity_participating_org (activity_id, idx, organisation_id, role)"
                + " values (:a, :i, :o, :r)")
        .param("a", activityId)
        .param("i", idx)
        .param("o", organisationId)
        .param("r", role)
        .update();
  }

  void transaction(long activityId, int idx, String kind, LocalDate on, String amount) {
    jdbc.sql(
            "insert into activity_transaction (activity_id, idx, kind, occurred_on, amount,"
                + " currency, description) values (:a, :i, :k, :d, :m, 'IDR', 'Biaya pelatihan')")
        .param("a", activityId)
        .param("i", idx)
        .param("k", kind)
        .param("d", on)
        .param("m", new BigDecimal(amount))
        .update();
  }

  void document(long activityId, int idx, String url, String category) {
    jdbc.sql(
            "insert into activity_document (activity_id, idx, url, title, category, published_on)"
                + " values (:a, :i, :u, 'Laporan kegiatan', :c, date '2024-06-01')")
        .param("a", activityId)
        .param("i", idx)
        .param("u", url)
        .param("c", category)
        .update();
  }

  /** An indicator with one period; returns its id. */
  long indicator(
      long activityId,
      String title,
      String measure,
      String baseline,
      String target,
      String actual) {
    jdbc.sql(
            "insert into indicator (version, activity_id, title, measure, ascending,"
                + " baseline_year, baseline_value) values (0, :a, :t, :m, true, 2023, :b)")
        .param("a", activityId)
        .param("t", title)
        .param("m", measure)
        .param("b", new BigDecimal(baseline))
        .update();
    long id =
        jdbc.sql("select max(id) from indicator where activity_id = :a")
            .param("a", activityId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into indicator_period (indicator_id, idx, period_start, period_end,"
                + " target_value, actual_value) values (:i, 0, date '2024-01-01',"
                + " date '2024-12-31', :t, :v)")
        .param("i", id)
        .param("t", new BigDecimal(target))
        .param("v", new BigDecimal(actual))
        .update();
    return id;
  }

  void clean() {
    for (int i = activities.size() - 1; i >= 0; i--) {
      jdbc.sql("delete from activity where id = :id").param("id", activities.get(i)).update();
    }
    for (Long id : agreements) {
      jdbc.sql("delete from agreement where id = :id").param("id", id).update();
    }
    activities.clear();
    agreements.clear();
  }
}
