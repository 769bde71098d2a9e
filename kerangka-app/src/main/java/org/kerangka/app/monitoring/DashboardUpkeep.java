package org.kerangka.app.monitoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.organisation.Organisation;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls {@link DashboardSummaries} around every save and delete of an agreement and every save of
 * an organisation through Spring Data JDBC. The events run inside the repository's transaction,
 * before and after its statements, so the summaries change with the rows or not at all.
 */
@Component
class DashboardUpkeep {
  private final DashboardSummaries summaries;
  private final JdbcClient jdbc;

  /** Contributions read before a save, by agreement id, until the save's after-event. */
  private final ThreadLocal<Map<Long, DashboardSummaries.Contribution>> agreementsBefore =
      ThreadLocal.withInitial(HashMap::new);

  /** Countries of organisations before a save, by id. */
  private final ThreadLocal<Map<Long, Set<@Nullable String>>> countriesBefore =
      ThreadLocal.withInitial(HashMap::new);

  DashboardUpkeep(DashboardSummaries summaries, JdbcClient jdbc) {
    this.summaries = summaries;
    this.jdbc = jdbc;
  }

  @EventListener
  void beforeSave(BeforeSaveEvent<?> event) {
    if (event.getEntity() instanceof Agreement agreement) {
      Long id = agreement.id();
      if (id != null) { // an update: what it contributed so far (a new one contributed nothing)
        agreementsBefore.get().put(id, summaries.read(id));
      }
    } else if (event.getEntity() instanceof Organisation organisation) {
      Long id = organisation.id();
      if (id != null) {
        Set<@Nullable String> before = new HashSet<>();
        before.addAll(
            jdbc.sql("select country from organisation where id = :id")
                .param("id", id)
                .query(String.class)
                .list());
        countriesBefore.get().put(id, before);
      }
    }
  }

  @EventListener
  void afterSave(AfterSaveEvent<?> event) {
    if (event.getEntity() instanceof Agreement agreement) {
      long id = Objects.requireNonNull(agreement.id(), "saved agreement id");
      DashboardSummaries.Contribution before = agreementsBefore.get().remove(id);
      summaries.apply(id, before == null ? DashboardSummaries.NONE : before);
    } else if (event.getEntity() instanceof Organisation organisation) {
      Long id = organisation.id();
      Set<@Nullable String> before = id == null ? null : countriesBefore.get().remove(id);
      if (before != null && !before.contains(organisation.country())) {
        Set<@Nullable String> affected = new HashSet<>(before);
        affected.add(organisation.country());
        summaries.recountCountries(affected);
      }
    }
  }

  @EventListener
  void beforeDelete(BeforeDeleteEvent<?> event) {
    if (event.getType() == Agreement.class && event.getId().getValue() instanceof Long id) {
      summaries.deleting(id);
    }
  }
}
