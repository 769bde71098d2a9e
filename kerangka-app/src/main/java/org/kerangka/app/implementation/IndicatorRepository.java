package org.kerangka.app.implementation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stores indicators with their periods. */
interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {
  List<Indicator> findByActivityIdOrderById(long activityId);
}
