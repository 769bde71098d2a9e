package org.kerangka.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.event.Event;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.person.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the registry records a captured agreement refers to: organisations (by any of
 * their names, through the registry's own matching), people and events (by name), and taxonomy
 * codes for area and activity labels.
 */
@Component
class RegistryWriter {
  private final OrganisationService organisations;
  private final PersonRepository people;
  private final EventRepository events;
  private final JdbcClient jdbc;

  RegistryWriter(
      OrganisationService organisations,
      PersonRepository people,
      EventRepository events,
      JdbcClient jdbc) {
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.jdbc = jdbc;
  }

  /** The registry organisation that answers to any name of the party, if there is one. */
  Optional<Organisation> known(MentionFacts.PartyFact party) {
    List<String> names = new ArrayList<>();
    names.add(party.name());
    names.addAll(party.aliases());
    return organisations.findByAnyName(names);
  }

  long organisation(MentionFacts.PartyFact party) {
    Optional<Organisation> known = known(party);
    if (known.isPresent()) {
      return id(known.get().id());
    }
    boolean english = party.name().startsWith("Ministry of ") || !looksIndonesian(party.name());
    String nameId =
        english
            ? party.aliases().stream()
                .filter(RegistryWriter::looksIndonesian)
                .findFirst()
                .orElse(null)
            : party.name();
    Organisation organisation =
        Organisation.named(
            nameId, english ? party.name() : null, null, kind(party.kind()), party.country());
    organisation.knownAs(party.aliases());
    return id(organisations.save(organisation).id());
  }

  private static boolean looksIndonesian(String name) {
    return name.startsWith("Kementerian ")
        || name.startsWith("Badan ")
        || name.startsWith("PT ")
        || name.startsWith("Perum ")
        || name.startsWith("Universitas ")
        || name.startsWith("Politeknik ")
        || name.startsWith("Pemerintah ");
  }

  long person(String name, @Nullable String title, @Nullable Long organisation) {
    Person person =
        people.findByNameIgnoreCase(name).stream().findFirst().orElseGet(() -> Person.named(name));
    if (title != null && person.positions().stream().noneMatch(p -> title.equals(p.title()))) {
      person.holds(new Position(title, organisation, null, null));
    }
    return id(people.save(person).id());
  }

  @Nullable Long event(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Event event =
        events.findByNameIgnoreCase(name).stream()
            .findFirst()
            .orElseGet(() -> events.save(Event.named(name)));
    return event.id();
  }

  /** The taxonomy code whose Indonesian or English name equals the label, if any. */
  @Nullable String code(String taxonomy, String label) {
    String table = taxonomy.equals("activity_form") ? "activity_form" : "cooperation_area";
    return jdbc
        .sql(
            "select code from "
                + table
                + " where lower(name_id) = :label or lower(name_en) = :label order by code")
        .param("label", label.strip().toLowerCase(Locale.ROOT))
        .query(String.class)
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  String organisationName(long id) {
    return organisations.require(id).displayName();
  }

  private static OrganisationKind kind(String kind) {
    return switch (kind) {
      case "GOVERNMENT" -> OrganisationKind.MINISTRY_OR_AGENCY;
      case "COMPANY" -> OrganisationKind.COMPANY;
      case "ACADEMIC" -> OrganisationKind.UNIVERSITY;
      case "RESEARCH" -> OrganisationKind.RESEARCH_CENTRE;
      case "ASSOCIATION" -> OrganisationKind.ASSOCIATION;
      default -> OrganisationKind.OTHER;
    };
  }

  private static long id(@Nullable Long id) {
    if (id == null) {
      throw new IllegalStateException("saved record has no id");
    }
    return id;
  }
}
