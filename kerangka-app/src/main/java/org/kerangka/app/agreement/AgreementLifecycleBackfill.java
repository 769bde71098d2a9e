package org.kerangka.app.agreement;

import java.util.List;
import org.kerangka.app.monitoring.DashboardSummaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the stored lifecycle columns and status timeline of agreements saved before they existed
 * (migration V4): every agreement has at least one status period once it has been computed. Writes
 * the computed values directly, so the agreements keep their version.
 */
@Component
class AgreementLifecycleBackfill {
  private static final Logger log = LoggerFactory.getLogger(AgreementLifecycleBackfill.class);
  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final AgreementRepository agreements;
  private final TransactionTemplate tx;
  private final DashboardSummaries summaries;

  AgreementLifecycleBackfill(
      JdbcClient jdbc,
      AgreementRepository agreements,
      PlatformTransactionManager transactions,
      DashboardSummaries summaries) {
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.tx = new TransactionTemplate(transactions);
    this.summaries = summaries;
  }

  /** Fills the derived lifecycle columns of older rows; derived data, so no audit event. */
  @EventListener(ApplicationStartedEvent.class)
  void fillMissing() {
    List<Long> missing =
        jdbc.sql(
                "select a.id from agreement a where not exists (select 1 from"
                    + " agreement_status_period s where s.agreement_id = a.id) order by a.id")
            .query(AgreementLoader.ID)
            .list();
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<Long> ids = missing.subList(from, Math.min(from + BATCH, missing.size()));
      tx.executeWithoutResult(status -> agreements.findAllById(ids).forEach(this::store));
    }
    if (!missing.isEmpty()) {
      // written around the repository: the dashboard's summaries recount the new periods
      summaries.rebuild();
      log.info("Computed the stored lifecycle of {} agreements", missing.size());
    }
  }

  private void store(Agreement agreement) {
    try {
      agreement.computeLifecycle();
    } catch (IllegalArgumentException e) {
      // Stored before the calculator checked it; it cannot be listed by status until corrected.
      log.warn(
          "Agreement {} has an implausible term ({}); not computed",
          agreement.id(),
          e.getMessage());
      return;
    }
    AgreementLifecycleWriter.write(jdbc, agreement);
  }
}
