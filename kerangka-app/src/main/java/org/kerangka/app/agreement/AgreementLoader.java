package org.kerangka.app.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a page of agreements with one query per table (the agreement rows, then each collection for
 * all of them), where Spring Data JDBC's {@code findAllById} runs one query per collection per
 * agreement. Read-only: the aggregates it returns are for showing, not for saving.
 */
@Component
class AgreementLoader {
  private final JdbcClient jdbc;

  AgreementLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The agreements with these ids, in the order of the ids; unknown ids are left out. */
  List<Agreement> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Agreement.Columns> rows = new HashMap<>();
    jdbc.sql(
            "select id, version, instrument, title_id, title_en, reference_number, signed_on,"
                + " place, event_id, entry_into_force_on_signature, entry_into_force_on,"
                + " term_period, renewal_mode, notice_period, notes, confidential"
                + " from agreement where id in (:ids)")
        .param("ids", ids)
        .query(AgreementLoader::columns)
        .list()
        .forEach(c -> rows.put(c.id(), c));
    var parties =
        children(
            "select agreement_id, organisation_id, role from agreement_party",
            ids,
            rs -> new AgreementParty(rs.getLong(2), PartyRole.valueOf(rs.getString(3))));
    var signatories =
        children(
            "select agreement_id, person_id, title, for_organisation_id, on_behalf_of"
                + " from agreement_signatory",
            ids,
            rs ->
                new AgreementSignatory(
                    rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)));
    var areas =
        children(
            "select agreement_id, area_code, label from agreement_area",
            ids,
            rs -> new AgreementArea(rs.getString(2), rs.getString(3)));
    var forms =
        children(
            "select agreement_id, form_code, label from agreement_activity_form",
            ids,
            rs -> new AgreementActivityForm(rs.getString(2), rs.getString(3)));
    var sources =
        children(
            "select agreement_id, url, outlet, published_on, title from agreement_source",
            ids,
            rs ->
                new AgreementSource(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)));
    var events =
        children(
            "select agreement_id, type, occurred_on, extension, note from lifecycle_event",
            ids,
            rs ->
                new RecordedLifecycleEvent(
                    LifecycleEventType.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5)));
    var links =
        children(
            "select agreement_id, kind, target_id from agreement_link",
            ids,
            rs -> new AgreementLink(LinkKind.valueOf(rs.getString(2)), rs.getLong(3)));
    List<Agreement> loaded = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Agreement.Columns c = rows.get(id);
      if (c != null) {
        loaded.add(
            Agreement.restore(
                c,
                parties.getOrDefault(id, List.of()),
                signatories.getOrDefault(id, List.of()),
                areas.getOrDefault(id, List.of()),
                forms.getOrDefault(id, List.of()),
                sources.getOrDefault(id, List.of()),
                events.getOrDefault(id, List.of()),
                links.getOrDefault(id, List.of())));
      }
    }
    return loaded;
  }

  /** Rows of a collection table, grouped by agreement id (column 1), in list order. */
  private <T> Map<Long, List<T>> children(String select, List<Long> ids, Row<T> row) {
    Map<Long, List<T>> byAgreement = new LinkedHashMap<>();
    jdbc.sql(select + " where agreement_id in (:ids) order by agreement_id, idx")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              byAgreement.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row.map(rs));
            });
    return byAgreement;
  }

  @FunctionalInterface
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static Agreement.Columns columns(ResultSet rs, int rowNum) throws SQLException {
    return new Agreement.Columns(
        rs.getLong("id"),
        rs.getLong("version"),
        Instrument.valueOf(rs.getString("instrument")),
        rs.getString("title_id"),
        rs.getString("title_en"),
        rs.getString("reference_number"),
        rs.getObject("signed_on", LocalDate.class),
        rs.getString("place"),
        nullableLong(rs, "event_id"),
        rs.getBoolean("entry_into_force_on_signature"),
        rs.getObject("entry_into_force_on", LocalDate.class),
        rs.getString("term_period"),
        RenewalMode.valueOf(rs.getString("renewal_mode")),
        rs.getString("notice_period"),
        rs.getString("notes"),
        rs.getBoolean("confidential"));
  }

  private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static final RowMapper<Long> ID = (rs, n) -> rs.getLong(1);
}
