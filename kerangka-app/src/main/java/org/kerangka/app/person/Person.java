package org.kerangka.app.person;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A person who signs or witnesses agreements. */
public class Person {
  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private String name;

  @MappedCollection(idColumn = "person_id", keyColumn = "idx")
  private List<Position> positions = new ArrayList<>();

  @PersistenceCreator
  Person(@Nullable Long id, @Nullable Long version, String name) {
    this.id = id;
    this.version = version;
    this.name = name;
  }

  public static Person named(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a person needs a name");
    }
    return new Person(null, null, name.strip());
  }

  /** Records a position unless the same title at the same organisation is already known. */
  public void holds(Position position) {
    boolean known =
        positions.stream()
            .anyMatch(
                p ->
                    p.title().equalsIgnoreCase(position.title())
                        && java.util.Objects.equals(p.organisationId(), position.organisationId()));
    if (!known) {
      positions.add(position);
    }
  }

  public @Nullable Long id() {
    return id;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public String name() {
    return name;
  }

  public List<Position> positions() {
    return List.copyOf(positions);
  }
}
