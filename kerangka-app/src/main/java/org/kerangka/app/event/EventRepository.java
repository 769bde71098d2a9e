package org.kerangka.app.event;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores events. */
public interface EventRepository extends ListCrudRepository<Event, Long> {
  @Query("select * from event where lower(name) = lower(:name) order by id")
  List<Event> findByNameIgnoreCase(String name);
}
