package org.kerangka.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementActivityForm;
import org.kerangka.app.agreement.AgreementArea;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementRepository;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSignatory;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationRepository;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.person.Position;
import org.kerangka.extract.CountryNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads registry records as the index holds them: an agreement with its parties' names, aliases and
 * countries, its signatories, place, event, areas, activities and (unless confidential) notes; an
 * organisation with its names, aliases and country; a person with name and positions.
 */
@Component
class RegistryRecords {
  static final String AGREEMENT = "agreement";
  static final String ORGANISATION = "organisation";
  static final String PERSON = "person";

  private final AgreementRepository agreements;
  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final EventRepository events;
  private final JdbcClient jdbc;
  private final AgreementService agreementService;

  RegistryRecords(
      AgreementService agreementService,
      AgreementRepository agreements,
      OrganisationRepository organisations,
      PersonRepository people,
      EventRepository events,
      JdbcClient jdbc) {
    this.agreements = agreements;
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.jdbc = jdbc;
    this.agreementService = agreementService;
  }

  /**
   * Every record of the registry. Organisations, people and event names are read once into maps and
   * agreements a batch at a time, so that a registry of 100,000 agreements is read in seconds.
   */
  List<IndexedRecord> all() {
    List<IndexedRecord> all = new ArrayList<>();
    Map<Long, Organisation> byId = new HashMap<>();
    organisations.findAll().forEach(o -> byId.put(id(o.id()), o));
    Map<Long, String> personNames = new HashMap<>();
    Map<Long, String> eventNames = new HashMap<>();
    events.findAll().forEach(e -> eventNames.put(id(e.id()), e.name()));
    Lookups lookups =
        new Lookups(
            o -> Optional.ofNullable(byId.get(o)),
            p -> Optional.ofNullable(personNames.get(p)),
            e -> Optional.ofNullable(eventNames.get(e)));
    byId.values().forEach(o -> all.add(organisation(o)));
    people
        .findAll()
        .forEach(
            p -> {
              personNames.put(id(p.id()), p.name());
              all.add(person(p, lookups));
            });
    agreementService.forEachAgreement(a -> all.add(agreement(a, lookups)));
    return all;
  }

  /** How a record finds the names of what it refers to. */
  private record Lookups(
      LongFunction<Optional<Organisation>> organisation,
      LongFunction<Optional<String>> personName,
      LongFunction<Optional<String>> eventName) {}

  private Lookups fromRepositories() {
    return new Lookups(
        organisations::findById,
        p -> people.findById(p).map(Person::name),
        e -> events.findById(e).map(org.kerangka.app.event.Event::name));
  }

  Optional<IndexedRecord> agreement(long id) {
    return agreements.findById(id).map(a -> agreement(a, fromRepositories()));
  }

  Optional<IndexedRecord> organisation(long id) {
    return organisations.findById(id).map(this::organisation);
  }

  Optional<IndexedRecord> person(long id) {
    return people.findById(id).map(p -> person(p, fromRepositories()));
  }

  /** Agreements whose document shows this organisation's names. */
  List<Long> agreementsNaming(long organisationId) {
    return jdbc.sql(
            """
            select agreement_id from agreement_party where organisation_id = :id
            union
            select agreement_id from agreement_signatory where for_organisation_id = :id
            """)
        .param("id", organisationId)
        .query(Long.class)
        .list();
  }

  /** People whose document shows this organisation's name in a position. */
  List<Long> peopleAt(long organisationId) {
    return jdbc.sql("select distinct person_id from person_position where organisation_id = :id")
        .param("id", organisationId)
        .query(Long.class)
        .list();
  }

  List<Long> agreementsSignedBy(long personId) {
    return jdbc.sql("select distinct agreement_id from agreement_signatory where person_id = :id")
        .param("id", personId)
        .query(Long.class)
        .list();
  }

  List<Long> agreementsAt(long eventId) {
    return jdbc.sql("select id from agreement where event_id = :id")
        .param("id", eventId)
        .query(Long.class)
        .list();
  }

  private IndexedRecord agreement(Agreement agreement, Lookups lookups) {
    List<String> body = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    if (agreement.titleId() != null) {
      add(body, agreement.titleEn()); // otherwise the English title is the display title
    }
    body.add(agreement.instrument().name());
    add(body, agreement.referenceNumber());
    for (AgreementParty party : agreement.parties()) {
      lookups
          .organisation()
          .apply(party.organisationId())
          .ifPresent(
              o -> {
                body.addAll(names(o));
                countries.addAll(countryForms(o.country()));
              });
    }
    for (AgreementSignatory signatory : agreement.signatories()) {
      lookups.personName().apply(signatory.personId()).ifPresent(body::add);
      add(body, signatory.title());
      add(body, signatory.onBehalfOf());
    }
    add(body, agreement.place());
    Long eventId = agreement.eventId();
    if (eventId != null) {
      lookups.eventName().apply(eventId).ifPresent(body::add);
    }
    for (AgreementArea area : agreement.areas()) {
      body.add(area.label());
    }
    for (AgreementActivityForm form : agreement.activityForms()) {
      body.add(form.label());
    }
    if (!agreement.confidential()) {
      add(body, agreement.notes());
    }
    return new IndexedRecord(
        AGREEMENT, id(agreement.id()), agreement.displayTitle(), body, List.copyOf(countries));
  }

  private IndexedRecord organisation(Organisation organisation) {
    List<String> body = names(organisation);
    body.remove(organisation.displayName());
    body.add(organisation.kind().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
    return new IndexedRecord(
        ORGANISATION,
        id(organisation.id()),
        organisation.displayName(),
        body,
        List.copyOf(countryForms(organisation.country())));
  }

  private IndexedRecord person(Person person, Lookups lookups) {
    List<String> body = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Position position : person.positions()) {
      body.add(position.title());
      Long at = position.organisationId();
      if (at != null) {
        lookups
            .organisation()
            .apply(at)
            .ifPresent(
                o -> {
                  body.add(o.displayName());
                  countries.addAll(countryForms(o.country()));
                });
      }
    }
    return new IndexedRecord(PERSON, id(person.id()), person.name(), body, List.copyOf(countries));
  }

  private static List<String> names(Organisation organisation) {
    Set<String> names = new LinkedHashSet<>();
    add(names, organisation.nameId());
    add(names, organisation.nameEn());
    add(names, organisation.namePartner());
    names.addAll(organisation.aliases());
    return new ArrayList<>(names);
  }

  private static Set<String> countryForms(@Nullable String iso2) {
    Set<String> forms = new LinkedHashSet<>();
    if (iso2 != null) {
      forms.add(iso2);
      forms.addAll(CountryNames.formsOf(iso2));
    }
    return forms;
  }

  private static void add(java.util.Collection<String> to, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      to.add(value);
    }
  }

  private static long id(@Nullable Long id) {
    if (id == null) {
      throw new IllegalStateException("a stored record has no id");
    }
    return id;
  }
}
