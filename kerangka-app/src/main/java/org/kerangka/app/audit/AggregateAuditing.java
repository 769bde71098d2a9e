package org.kerangka.app.audit;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;

/**
 * Records every write through a Spring Data JDBC repository, for every aggregate type (those of
 * other features included, with no code of theirs): before an update or delete it reads the stored
 * state, after the write it appends CREATE, UPDATE or DELETE with before and after to the {@link
 * AuditTrail}, inside the repository's transaction.
 */
@Component
class AggregateAuditing {
  private final AuditTrail trail;
  private final Snapshots snapshots;
  private final ObjectProvider<JdbcAggregateOperations> aggregates;

  /** Stored states read before a write, by entity and id, until the write is done. */
  private final ThreadLocal<Map<String, Map<String, @Nullable Object>>> before =
      ThreadLocal.withInitial(HashMap::new);

  AggregateAuditing(
      AuditTrail trail, Snapshots snapshots, ObjectProvider<JdbcAggregateOperations> aggregates) {
    this.trail = trail;
    this.snapshots = snapshots;
    this.aggregates = aggregates;
  }

  @EventListener
  void beforeSave(BeforeConvertEvent<?> event) {
    Object aggregate = event.getEntity();
    if (snapshots.isNew(aggregate)) {
      return;
    }
    Object id = snapshots.id(aggregate);
    if (id != null) {
      remember(aggregate.getClass(), id);
    }
  }

  @EventListener
  void afterSave(AfterSaveEvent<?> event) {
    Object aggregate = event.getEntity();
    Object id = snapshots.id(aggregate);
    Map<String, @Nullable Object> stored = recall(aggregate.getClass(), id);
    trail.record(
        snapshots.entityName(aggregate.getClass()),
        String.valueOf(id),
        stored == null ? "CREATE" : "UPDATE",
        stored,
        snapshots.of(aggregate));
  }

  @EventListener
  void beforeDelete(BeforeDeleteEvent<?> event) {
    remember(event.getType(), event.getId().getValue());
  }

  @EventListener
  void afterDelete(AfterDeleteEvent<?> event) {
    Object id = event.getId().getValue();
    trail.record(
        snapshots.entityName(event.getType()),
        String.valueOf(id),
        "DELETE",
        recall(event.getType(), id),
        null);
  }

  private void remember(Class<?> type, Object id) {
    // a write that failed earlier may have left its state: the stored state read now replaces it
    Object stored = aggregates.getObject().findById(id, type);
    if (stored == null) {
      before.get().remove(key(type, id));
    } else {
      before.get().put(key(type, id), snapshots.of(stored));
    }
  }

  private @Nullable Map<String, @Nullable Object> recall(Class<?> type, @Nullable Object id) {
    return before.get().remove(key(type, id));
  }

  private static String key(Class<?> type, @Nullable Object id) {
    return type.getName() + "#" + id;
  }
}
