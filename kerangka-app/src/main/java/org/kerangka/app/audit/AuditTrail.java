package org.kerangka.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. {@link #record} must run inside the transaction of the change it
 * records, so a rolled-back change leaves no event; it locks the chain head row, so concurrent
 * writers append one after the other and cannot fork the chain. Writes through Spring Data JDBC
 * repositories are recorded by {@code AggregateAuditing}; code that writes with {@code JdbcClient}
 * calls {@link #record} itself.
 */
@Service
public class AuditTrail {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final RowMapper<AuditEvent> EVENT =
      (ResultSet rs, int row) ->
          new AuditEvent(
              rs.getLong("seq"),
              instant(rs),
              rs.getString("actor"),
              rs.getString("entity"),
              rs.getString("entity_id"),
              rs.getString("action"),
              rs.getString("before_json"),
              rs.getString("after_json"),
              rs.getString("prev_hash"),
              rs.getString("hash"));

  private static final String COLUMNS =
      "seq, occurred_at, actor, entity, entity_id, action, before_json, after_json, prev_hash,"
          + " hash";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Appends an event for a change of the entity with the given id, by the {@link
   * AuditActor#current() current actor}. Before and after are JSON-serialisable values (maps,
   * lists, strings, numbers) or null (nothing before a CREATE, nothing after a DELETE).
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEvent record(
      String entity,
      String entityId,
      String action,
      @Nullable Object before,
      @Nullable Object after) {
    record Head(long seq, String hash) {}
    Head head =
        jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
            .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2).strip()))
            .single();
    long seq = head.seq() + 1;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String actor = AuditActor.current();
    String beforeJson = before == null ? null : JSON.writeValueAsString(before);
    String afterJson = after == null ? null : JSON.writeValueAsString(after);
    String hash =
        hash(head.hash(), seq, now, actor, entity, entityId, action, beforeJson, afterJson);
    jdbc.sql(
            "insert into audit_event ("
                + COLUMNS
                + ") values (:seq, :at, :actor, :entity, :id,"
                + " :action, :before, :after, :prev, :hash)")
        .param("seq", seq)
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("actor", actor)
        .param("entity", entity)
        .param("id", entityId)
        .param("action", action)
        .param("before", beforeJson)
        .param("after", afterJson)
        .param("prev", head.hash())
        .param("hash", hash)
        .update();
    jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
        .param("seq", seq)
        .param("hash", hash)
        .update();
    return new AuditEvent(
        seq, now, actor, entity, entityId, action, beforeJson, afterJson, head.hash(), hash);
  }

  /** One change to append with {@link #recordAll}: what {@link #record} takes. */
  public record Change(
      String entity,
      String entityId,
      String action,
      @Nullable Object before,
      @Nullable Object after) {}

  /**
   * Appends one event per change, in the given order, exactly as that many calls of {@link #record}
   * would (same actor, same time, each event chained to the previous one), but with one lock of the
   * chain head, one batched insert and one update of the head: a bulk writer (the ingestion of a
   * batch of documents) pays three statements per batch instead of three per change.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<AuditEvent> recordAll(List<Change> changes) {
    if (changes.isEmpty()) {
      return List.of();
    }
    record Head(long seq, String hash) {}
    Head head =
        jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
            .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2).strip()))
            .single();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    String actor = AuditActor.current();
    List<AuditEvent> events = new ArrayList<>(changes.size());
    MapSqlParameterSource[] rows = new MapSqlParameterSource[changes.size()];
    long seq = head.seq();
    String previous = head.hash();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      seq++;
      String beforeJson = change.before() == null ? null : JSON.writeValueAsString(change.before());
      String afterJson = change.after() == null ? null : JSON.writeValueAsString(change.after());
      String hash =
          hash(
              previous,
              seq,
              now,
              actor,
              change.entity(),
              change.entityId(),
              change.action(),
              beforeJson,
              afterJson);
      rows[i] =
          new MapSqlParameterSource()
              .addValue("seq", seq)
              .addValue("at", at)
              .addValue("actor", actor)
              .addValue("entity", change.entity())
              .addValue("id", change.entityId())
              .addValue("action", change.action())
              .addValue("before", beforeJson)
              .addValue("after", afterJson)
              .addValue("prev", previous)
              .addValue("hash", hash);
      events.add(
          new AuditEvent(
              seq,
              now,
              actor,
              change.entity(),
              change.entityId(),
              change.action(),
              beforeJson,
              afterJson,
              previous,
              hash));
      previous = hash;
    }
    batch.batchUpdate(
        "insert into audit_event ("
            + COLUMNS
            + ") values (:seq, :at, :actor, :entity, :id,"
            + " :action, :before, :after, :prev, :hash)",
        rows);
    jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
        .param("seq", seq)
        .param("hash", previous)
        .update();
    return events;
  }

  /** The events of one record, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> history(String entity, String entityId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_event where entity = :entity and entity_id = :id"
                + " order by seq")
        .param("entity", entity)
        .param("id", entityId)
        .query(EVENT)
        .list();
  }

  /** The number of events in the trail. */
  public long count() {
    return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
  }

  /** The result of checking the chain: fine, or the first event whose link is broken. */
  public record Verification(long checked, @Nullable Long firstBroken, @Nullable String reason) {
    public boolean intact() {
      return firstBroken == null;
    }
  }

  /**
   * Walks the chain from the first event: each must follow the previous one without a gap, carry
   * the previous hash and a hash that matches its own content; the head must name the last event.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    String previous = "0".repeat(64);
    long expectedSeq = 1;
    long checked = 0;
    int pageSize = 1000;
    long after = 0;
    while (true) {
      List<AuditEvent> page =
          jdbc.sql(
                  "select "
                      + COLUMNS
                      + " from audit_event where seq > :after order by seq"
                      + " fetch first "
                      + pageSize
                      + " rows only")
              .param("after", after)
              .query(EVENT)
              .list();
      for (AuditEvent event : page) {
        if (event.seq() != expectedSeq) {
          return new Verification(
              checked,
              expectedSeq,
              "event " + expectedSeq + " is missing (next is " + event.seq() + ")");
        }
        if (!event.prevHash().strip().equals(previous)) {
          return new Verification(
              checked, event.seq(), "does not carry the hash of event " + (event.seq() - 1));
        }
        if (!event.hash().strip().equals(event.expectedHash())) {
          return new Verification(
              checked, event.seq(), "its content does not match its hash (changed after writing)");
        }
        previous = event.hash().strip();
        expectedSeq++;
        checked++;
        after = event.seq();
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    Map<String, Object> head =
        jdbc.sql("select last_seq, last_hash from audit_head where id = 1").query().singleRow();
    long lastSeq = ((Number) head.get("last_seq")).longValue();
    if (lastSeq != checked || !String.valueOf(head.get("last_hash")).strip().equals(previous)) {
      return new Verification(
          checked,
          Math.min(lastSeq, checked) + 1,
          "the chain head names event " + lastSeq + " but the trail ends at " + checked);
    }
    return new Verification(checked, null, null);
  }

  /** The newest event of the record at or before the instant, if any. */
  @Transactional(readOnly = true)
  public Optional<AuditEvent> asOf(String entity, String entityId, Instant instant) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_event where entity = :entity and entity_id = :id"
                + " and occurred_at <= :at order by seq desc fetch first 1 rows only")
        .param("entity", entity)
        .param("id", entityId)
        .param("at", OffsetDateTime.ofInstant(instant, ZoneOffset.UTC))
        .query(EVENT)
        .optional();
  }

  static String hash(
      String previous,
      long seq,
      Instant at,
      String actor,
      String entity,
      String entityId,
      String action,
      @Nullable String before,
      @Nullable String after) {
    StringBuilder text = new StringBuilder();
    for (Object part :
        new Object[] {
          previous,
          seq,
          at.toString(),
          actor,
          entity,
          entityId,
          action,
          nullable(before),
          nullable(after)
        }) {
      String value = part.toString();
      text.append(value.length()).append(':').append(value).append('\n');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String nullable(@Nullable String json) {
    return json == null ? "\u0000" : json;
  }

  private static Instant instant(ResultSet rs) throws SQLException {
    return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
  }
}
