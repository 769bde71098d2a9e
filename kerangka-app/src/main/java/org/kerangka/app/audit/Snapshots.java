package org.kerangka.app.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;

/**
 * Turns any aggregate mapped by Spring Data JDBC into plain maps, lists and values (its persistent
 * properties, nested entities included) for the audit JSON. Secrets (properties named like
 * password, secret or token hash) are never written: their value becomes {@code "[redacted]"}.
 */
@Component
class Snapshots {
  private static final Pattern SECRET =
      Pattern.compile("(?i).*(password|secret|tokenhash|token_hash).*");
  static final String REDACTED = "[redacted]";

  private final RelationalMappingContext mapping;

  Snapshots(RelationalMappingContext mapping) {
    this.mapping = mapping;
  }

  /** The table name of the aggregate type: the entity name the audit trail records. */
  String entityName(Class<?> type) {
    return mapping.getRequiredPersistentEntity(type).getTableName().getReference();
  }

  boolean isNew(Object aggregate) {
    return mapping.getRequiredPersistentEntity(aggregate.getClass()).isNew(aggregate);
  }

  @Nullable Object id(Object aggregate) {
    RelationalPersistentEntity<?> entity =
        mapping.getRequiredPersistentEntity(aggregate.getClass());
    return entity.getIdentifierAccessor(aggregate).getIdentifier();
  }

  Map<String, @Nullable Object> of(Object aggregate) {
    RelationalPersistentEntity<?> entity =
        mapping.getRequiredPersistentEntity(aggregate.getClass());
    PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(aggregate);
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    for (RelationalPersistentProperty property : entity) {
      Object value = accessor.getProperty(property);
      if (value != null && SECRET.matcher(property.getName()).matches()) {
        values.put(property.getName(), REDACTED);
      } else {
        values.put(property.getName(), value(property, value));
      }
    }
    return values;
  }

  private @Nullable Object value(RelationalPersistentProperty property, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> items) {
      List<@Nullable Object> list = new ArrayList<>();
      for (Object item : items) {
        list.add(property.isEntity() && item != null ? of(item) : plain(item));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) ->
              copy.put(String.valueOf(k), property.isEntity() && v != null ? of(v) : plain(v)));
      return copy;
    }
    if (property.isEntity()) {
      return of(value);
    }
    return plain(value);
  }

  private static @Nullable Object plain(@Nullable Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof TemporalAccessor || value instanceof CharSequence) {
      return value.toString();
    }
    return value.toString();
  }
}
