package org.kerangka.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.lifecycle.LifecycleCalculator;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.lifecycle.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Computes every agreement's dates and status with the {@link LifecycleCalculator}, reading only
 * the term columns and lifecycle events (two queries, explicit row mappers) instead of loading
 * whole aggregates. Once the computed dates are stored columns, this becomes one query.
 *
 * <p>The result for one day is kept until an agreement is saved or deleted (Spring Data JDBC's
 * after-save and after-delete events, and again after that transaction completes, so a snapshot
 * read before the commit is never kept). Writes that bypass the aggregates (bulk SQL) must call
 * {@link #forget()}.
 */
@Component
public class Lifecycles {
  private static final Logger log = LoggerFactory.getLogger(Lifecycles.class);
  private final JdbcClient jdbc;
  private final AtomicLong generation = new AtomicLong();
  private volatile @Nullable Snapshot snapshot;

  private record Snapshot(LocalDate day, long generation, List<AgreementDates> agreements) {}

  Lifecycles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Drops the kept snapshot: an agreement changed. */
  public void forget() {
    generation.incrementAndGet();
    snapshot = null;
  }

  @EventListener
  void agreementChanged(AfterSaveEvent<?> event) {
    if (event.getEntity() instanceof Agreement) {
      forgetNowAndAfterCommit();
    }
  }

  @EventListener
  void agreementDeleted(AfterDeleteEvent<?> event) {
    if (event.getType() == Agreement.class) {
      forgetNowAndAfterCommit();
    }
  }

  private void forgetNowAndAfterCommit() {
    forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forget();
            }
          });
    }
  }

  private record Row(
      long id, String title, String instrument, @Nullable LocalDate signedOn, Term term) {}

  /** All agreements (or those with the given ids when not null), with status on {@code day}. */
  List<AgreementDates> all(LocalDate day) {
    Snapshot kept = snapshot;
    if (kept != null && kept.day().equals(day) && kept.generation() == generation.get()) {
      return kept.agreements();
    }
    long before = generation.get();
    List<AgreementDates> agreements = List.copyOf(read(day, null));
    if (generation.get() == before) {
      snapshot = new Snapshot(day, before, agreements);
    }
    return agreements;
  }

  List<AgreementDates> of(LocalDate day, long agreementId) {
    return read(day, agreementId);
  }

  private List<AgreementDates> read(LocalDate day, @Nullable Long only) {
    String where = only == null ? "" : " where a.id = :id";
    var query =
        jdbc.sql(
            "select a.id, a.title_id, a.title_en, a.instrument, a.signed_on,"
                + " a.entry_into_force_on_signature, a.entry_into_force_on, a.term_period,"
                + " a.renewal_mode, a.notice_period from agreement a"
                + where);
    if (only != null) {
      query = query.param("id", only);
    }
    List<Row> rows = query.query(Lifecycles::row).list();
    Map<Long, List<LifecycleEvent>> events = new HashMap<>();
    var eventQuery =
        jdbc.sql(
            "select agreement_id, type, occurred_on, extension from lifecycle_event"
                + (only == null ? "" : " where agreement_id = :id")
                + " order by agreement_id, occurred_on, idx");
    if (only != null) {
      eventQuery = eventQuery.param("id", only);
    }
    eventQuery
        .query(
            (rs, n) -> {
              String extension = rs.getString("extension");
              events
                  .computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
                  .add(
                      new LifecycleEvent(
                          LifecycleEventType.valueOf(rs.getString("type")),
                          rs.getObject("occurred_on", LocalDate.class),
                          extension == null ? null : Period.parse(extension),
                          null));
              return null;
            })
        .list();
    List<AgreementDates> result = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<LifecycleEvent> history = events.getOrDefault(row.id(), List.of());
      try {
        result.add(
            new AgreementDates(
                row.id(),
                row.title(),
                row.instrument(),
                row.signedOn(),
                LifecycleCalculator.dates(row.term(), history),
                LifecycleCalculator.statusOn(day, row.term(), history)));
      } catch (IllegalArgumentException e) {
        // stored before the calculator's checks existed: leave it out of monitoring, say so
        log.warn(
            "Agreement {} has implausible dates and is left out: {}", row.id(), e.getMessage());
      }
    }
    return result;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    LocalDate signed = rs.getObject("signed_on", LocalDate.class);
    boolean onSignature = rs.getBoolean("entry_into_force_on_signature");
    LocalDate entry = onSignature ? signed : rs.getObject("entry_into_force_on", LocalDate.class);
    String term = rs.getString("term_period");
    String notice = rs.getString("notice_period");
    String titleId = rs.getString("title_id");
    return new Row(
        rs.getLong("id"),
        titleId != null ? titleId : String.valueOf(rs.getString("title_en")),
        rs.getString("instrument"),
        signed,
        new Term(
            signed,
            entry,
            term == null ? null : Period.parse(term),
            RenewalMode.valueOf(rs.getString("renewal_mode")),
            notice == null ? null : Period.parse(notice)));
  }
}
