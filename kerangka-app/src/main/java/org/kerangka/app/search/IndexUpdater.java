package org.kerangka.app.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.event.Event;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.person.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.Identifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the registry. Spring Data JDBC reports every saved or deleted
 * aggregate; the index applies the change only after the transaction commits, so a rolled-back
 * change never reaches it. A change to an organisation, person or event also refreshes the
 * agreements that show its name. When the application starts without an index, it is built from the
 * database once the demo data is in.
 */
@Component
class IndexUpdater implements SearchIndex {
  private static final Logger log = LoggerFactory.getLogger(IndexUpdater.class);

  private final LuceneSearch index;
  private final RegistryRecords records;
  private final TransactionTemplate readOnly;

  IndexUpdater(LuceneSearch index, RegistryRecords records, PlatformTransactionManager tx) {
    this.index = index;
    this.records = records;
    this.readOnly = new TransactionTemplate(tx);
    readOnly.setReadOnly(true);
    // After commit the old transaction's resources may still be bound: read in a new one.
    readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationReadyEvent.class)
  void buildWhenMissing() {
    if (index.startedEmpty()) {
      List<IndexedRecord> all = read(records::all);
      index.rebuild(all);
      log.info("Built the search index in {} from {} records", index.path(), all.size());
    }
  }

  @Override
  public int rebuild() {
    List<IndexedRecord> all = read(records::all);
    index.rebuild(all);
    log.info("Rebuilt the search index in {} from {} records", index.path(), all.size());
    return all.size();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void saved(AfterSaveEvent<?> event) {
    Object entity = event.getEntity();
    Changes changes = new Changes();
    if (entity instanceof Agreement a && a.id() != null) {
      changes.agreements.add(a.id());
    } else if (entity instanceof Organisation o && o.id() != null) {
      changes.organisations.add(o.id());
    } else if (entity instanceof Person p && p.id() != null) {
      changes.people.add(p.id());
    } else if (entity instanceof Event e && e.id() != null) {
      changes.events.add(e.id());
    } else {
      return;
    }
    apply(changes);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void deleted(AfterDeleteEvent<?> event) {
    Identifier id = event.getId();
    Object value = id.getValue();
    if (!(value instanceof Number number)) {
      return;
    }
    long key = number.longValue();
    Class<?> type = event.getType();
    Changes changes = new Changes();
    if (type == Agreement.class) {
      changes.agreements.add(key);
    } else if (type == Organisation.class) {
      changes.organisations.add(key);
    } else if (type == Person.class) {
      changes.people.add(key);
    } else if (type == Event.class) {
      changes.events.add(key);
    } else {
      return;
    }
    apply(changes);
  }

  /**
   * Re-reads what changed and what shows its name; what no longer exists leaves the index. The
   * change is already committed: an index failure is logged, not thrown at the caller.
   */
  private void apply(Changes changes) {
    try {
      reindex(changes);
    } catch (RuntimeException e) {
      log.error(
          "The search index in {} missed a change ({}); delete it and restart to rebuild it",
          index.path(),
          e.toString(),
          e);
    }
  }

  private void reindex(Changes changes) {
    List<IndexedRecord> present = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    readOnly.executeWithoutResult(
        status -> {
          Set<Long> agreements = new LinkedHashSet<>(changes.agreements);
          Set<Long> people = new LinkedHashSet<>(changes.people);
          for (long organisation : changes.organisations) {
            collect(
                RegistryRecords.ORGANISATION, organisation, records::organisation, present, gone);
            agreements.addAll(records.agreementsNaming(organisation));
            people.addAll(records.peopleAt(organisation));
          }
          for (long person : changes.people) {
            agreements.addAll(records.agreementsSignedBy(person));
          }
          for (long event : changes.events) {
            agreements.addAll(records.agreementsAt(event));
          }
          for (long person : people) {
            collect(RegistryRecords.PERSON, person, records::person, present, gone);
          }
          for (long agreement : agreements) {
            collect(RegistryRecords.AGREEMENT, agreement, records::agreement, present, gone);
          }
        });
    if (!gone.isEmpty()) {
      index.remove(gone);
    }
    if (!present.isEmpty()) {
      index.index(present);
    }
  }

  private static void collect(
      String kind,
      long id,
      LongFunction<Optional<IndexedRecord>> read,
      List<IndexedRecord> present,
      List<String> gone) {
    read.apply(id).ifPresentOrElse(present::add, () -> gone.add(IndexedRecord.key(kind, id)));
  }

  private <T> T read(java.util.function.Supplier<T> reader) {
    T value = readOnly.execute(status -> reader.get());
    if (value == null) {
      throw new IllegalStateException("no result from the registry");
    }
    return value;
  }

  private static final class Changes {
    final Set<Long> agreements = new LinkedHashSet<>();
    final Set<Long> organisations = new LinkedHashSet<>();
    final Set<Long> people = new LinkedHashSet<>();
    final Set<Long> events = new LinkedHashSet<>();
  }
}
