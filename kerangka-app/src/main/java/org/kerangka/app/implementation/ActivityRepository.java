package org.kerangka.app.implementation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stores activities with their participating organisations, transactions and documents. */
interface ActivityRepository extends ListCrudRepository<Activity, Long> {
  List<Activity> findByAgreementIdOrderById(long agreementId);
}
