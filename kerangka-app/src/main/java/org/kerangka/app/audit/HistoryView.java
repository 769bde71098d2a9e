package org.kerangka.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** Audit events made readable: changed fields with their values before and after. */
final class HistoryView {
  private static final Set<String> SKIPPED = Set.of("id", "version");
  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  /** A changed field; values are already rendered as text. */
  record Change(String field, String before, String after) {}

  /** An event of the history. */
  record Entry(long seq, Instant at, String actor, String action, List<Change> changes) {}

  /** A field of a recorded version. */
  record Field(String field, String value) {}

  private HistoryView() {}

  static @Nullable Map<String, @Nullable Object> parse(@Nullable String json) {
    return json == null ? null : AuditTrail.JSON.readValue(json, MAP);
  }

  /** The events, newest first, with the fields named in {@code hidden} shown as hidden. */
  static List<Entry> entries(List<AuditEvent> events, Set<String> hidden, String hiddenText) {
    List<Entry> entries = new ArrayList<>();
    for (AuditEvent event : events) {
      Map<String, @Nullable Object> before = parse(event.beforeJson());
      Map<String, @Nullable Object> after = parse(event.afterJson());
      entries.add(
          new Entry(
              event.seq(),
              event.occurredAt(),
              event.actor(),
              event.action(),
              changes(before, after, hidden, hiddenText)));
    }
    entries.sort((a, b) -> Long.compare(b.seq(), a.seq()));
    return entries;
  }

  static List<Change> changes(
      @Nullable Map<String, @Nullable Object> before,
      @Nullable Map<String, @Nullable Object> after,
      Set<String> hidden,
      String hiddenText) {
    Set<String> fields = new LinkedHashSet<>();
    if (before != null) {
      fields.addAll(before.keySet());
    }
    if (after != null) {
      fields.addAll(after.keySet());
    }
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      if (SKIPPED.contains(field)) {
        continue;
      }
      Object old = before == null ? null : before.get(field);
      Object now = after == null ? null : after.get(field);
      if (Objects.equals(old, now) || (before == null && empty(now))) {
        continue;
      }
      if (hidden.contains(field)) {
        changes.add(new Change(field, hiddenText, hiddenText));
      } else {
        changes.add(new Change(field, render(old), render(now)));
      }
    }
    return changes;
  }

  static List<Field> fields(
      Map<String, @Nullable Object> snapshot, Set<String> hidden, String hiddenText) {
    List<Field> fields = new ArrayList<>();
    snapshot.forEach(
        (name, value) -> {
          if (!SKIPPED.contains(name)) {
            fields.add(new Field(name, hidden.contains(name) ? hiddenText : render(value)));
          }
        });
    return fields;
  }

  private static boolean empty(@Nullable Object value) {
    return value == null
        || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof String s && s.isEmpty());
  }

  static String render(@Nullable Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty()
          ? "—"
          : items.stream().map(HistoryView::render).collect(Collectors.joining("; "));
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream()
          .filter(Objects::nonNull)
          .map(HistoryView::render)
          .collect(Collectors.joining(" · "));
    }
    return String.valueOf(value);
  }
}
