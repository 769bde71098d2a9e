package org.kerangka.app.person;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores people with their positions. */
public interface PersonRepository extends ListCrudRepository<Person, Long> {
  @Query("select * from person where lower(name) = lower(:name) order by id")
  List<Person> findByNameIgnoreCase(String name);
}
