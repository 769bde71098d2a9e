package org.kerangka.app.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An event at which agreements are signed, e.g. the 43rd ASEAN Summit in Jakarta. */
public class Event {
  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private String name;
  private @Nullable LocalDate startsOn;
  private @Nullable LocalDate endsOn;
  private @Nullable String place;

  @PersistenceCreator
  Event(@Nullable Long id, @Nullable Long version, String name) {
    this.id = id;
    this.version = version;
    this.name = name;
  }

  public static Event named(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("an event needs a name");
    }
    return new Event(null, null, name.strip());
  }

  /** Sets when and where the event takes place; the end may not precede the start. */
  public void takesPlace(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String where) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("an event cannot end before it starts");
    }
    this.startsOn = from;
    this.endsOn = to;
    this.place = where;
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

  public @Nullable LocalDate startsOn() {
    return startsOn;
  }

  public @Nullable LocalDate endsOn() {
    return endsOn;
  }

  public @Nullable String place() {
    return place;
  }
}
