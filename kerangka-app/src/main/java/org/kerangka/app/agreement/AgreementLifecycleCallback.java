package org.kerangka.app.agreement;

import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Before Spring Data JDBC writes an agreement, recomputes its stored lifecycle dates and status
 * timeline, so they are written in the same statement batch and transaction as the agreement.
 */
@Component
class AgreementLifecycleCallback implements BeforeConvertCallback<Agreement> {

  @Override
  public Agreement onBeforeConvert(Agreement agreement) {
    agreement.computeLifecycle();
    return agreement;
  }
}
