package org.kerangka.app.monitoring;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that changes whenever the registry may have changed, so that results computed from it
 * (the dashboard) can be kept until the next write: keep a result together with the generation read
 * <em>before</em> computing it, and use it only while {@link #current()} still returns that
 * generation.
 *
 * <p>Every save or delete of any aggregate through Spring Data JDBC (agreements, activities,
 * organisations, ...) bumps it twice: at once, and again when the surrounding transaction has
 * completed (committed or rolled back). The second bump matters: a reader that started before the
 * commit may have computed from the old rows under the first new generation; after the commit that
 * result is out of date again. Writes that bypass the aggregates (bulk SQL) must call {@link
 * #bump()} after they commit; {@link #current()} also adds {@link
 * org.kerangka.app.web.RegistryGeneration}, which counts every committed SQL write of the data
 * source, so a write that forgets to bump still ends the kept dashboard.
 */
@Component
public class DashboardGeneration {
  private final AtomicLong generation = new AtomicLong();

  /** The generation now. */
  public long current() {
    // plus the data source's count of committed SQL writes, which also sees writes that bypass
    // the aggregates (capture batches, review decisions, bulk loads); both only grow
    return generation.get() + org.kerangka.app.web.RegistryGeneration.current();
  }

  /** Marks everything computed so far as out of date. */
  public void bump() {
    generation.incrementAndGet();
  }

  @EventListener
  void saved(AfterSaveEvent<?> event) {
    bumpNowAndAfterCompletion();
  }

  @EventListener
  void deleted(AfterDeleteEvent<?> event) {
    bumpNowAndAfterCompletion();
  }

  private void bumpNowAndAfterCompletion() {
    bump();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              bump();
            }
          });
    }
  }
}
