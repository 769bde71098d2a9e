package org.kerangka.app.agreement;

import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an agreement's computed lifecycle columns and status timeline without touching the rest.
 * No audit event of its own: these are derived from the agreement (computed by the lifecycle
 * calculator on every save, never typed in), and the save they follow is audited as the agreement's
 * CREATE or UPDATE.
 */
final class AgreementLifecycleWriter {
  private AgreementLifecycleWriter() {}

  static void write(JdbcClient jdbc, Agreement agreement) {
    long id = Objects.requireNonNull(agreement.id(), "id");
    Agreement.ComputedLifecycle computed = agreement.computed();
    jdbc.sql(
            "update agreement set in_force_from = :inForceFrom, expires_on = :expiresOn,"
                + " notice_deadline = :noticeDeadline, review_starts_on = :reviewStartsOn,"
                + " terminated_on = :terminatedOn where id = :id")
        .param("inForceFrom", computed.inForceFrom())
        .param("expiresOn", computed.expiresOn())
        .param("noticeDeadline", computed.noticeDeadline())
        .param("reviewStartsOn", computed.reviewStartsOn())
        .param("terminatedOn", computed.terminatedOn())
        .param("id", id)
        .update();
    jdbc.sql("delete from agreement_status_period where agreement_id = :id")
        .param("id", id)
        .update();
    List<AgreementStatusPeriod> periods = agreement.statusPeriods();
    for (int i = 0; i < periods.size(); i++) {
      AgreementStatusPeriod p = periods.get(i);
      jdbc.sql(
              "insert into agreement_status_period (agreement_id, idx, status, starts_on, ends_on)"
                  + " values (:id, :idx, :status, :startsOn, :endsOn)")
          .param("id", id)
          .param("idx", i)
          .param("status", p.status().name())
          .param("startsOn", p.startsOn())
          .param("endsOn", p.endsOn())
          .update();
    }
  }
}
