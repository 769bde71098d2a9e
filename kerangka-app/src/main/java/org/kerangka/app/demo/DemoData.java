package org.kerangka.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.KerangkaProperties;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementActivityForm;
import org.kerangka.app.agreement.AgreementArea;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSignatory;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.kerangka.app.event.Event;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.person.Position;
import org.kerangka.extract.AgreementExtractor;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.Article;
import org.kerangka.extract.ExtractionResult;
import org.kerangka.extract.Language;
import org.kerangka.extract.Party;
import org.kerangka.extract.Signatory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Fills an empty registry with the agreements the extractor finds in the bundled seed article, so
 * that a fresh {@code kerangka serve} has something to show. Nothing here is typed by hand: every
 * organisation, person, event and agreement comes from the extraction.
 */
@Component
class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  static final String SEED = "demo/000_e8b1a75f7aff8d21";

  private final KerangkaProperties properties;
  private final AgreementService agreements;
  private final OrganisationService organisations;
  private final PersonRepository people;
  private final EventRepository events;
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DemoData(
      KerangkaProperties properties,
      AgreementService agreements,
      OrganisationService organisations,
      PersonRepository people,
      EventRepository events,
      JdbcClient jdbc,
      ObjectMapper json) {
    this.properties = properties;
    this.agreements = agreements;
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!properties.demoData() || agreements.count() > 0) {
      return;
    }
    JsonNode meta = json.readTree(read(SEED + ".meta.json"));
    Article article =
        new Article(
            text(meta, "id", "seed"),
            read(SEED + ".txt"),
            Language.fromCode(text(meta, "lang", "id")).orElse(null),
            date(text(meta, "published", null)),
            text(meta, "title", null));
    ExtractionResult result = AgreementExtractor.create().extract(article);
    ReviewDecisions review = ReviewDecisions.parse(json.readTree(read(SEED + ".review.json")));
    List<ReviewDecisions.Reviewed> reviewed = review.apply(result.agreements());
    AgreementSource source =
        new AgreementSource(
            text(meta, "url", null),
            text(meta, "source", null),
            article.published(),
            article.title());
    for (ReviewDecisions.Reviewed record : reviewed) {
      store(record.record(), record.notes(), source);
    }
    log.info(
        "Loaded {} demo agreements extracted from the seed article {}",
        result.agreements().size(),
        article.id());
  }

  private void store(AgreementRecord record, String notes, AgreementSource source) {
    List<Long> partyIds = new ArrayList<>();
    for (Party party : record.parties()) {
      partyIds.add(organisation(party));
    }
    List<AgreementSignatory> signatories = new ArrayList<>();
    List<Signatory> signed = record.signatories();
    for (int i = 0; i < signed.size(); i++) {
      Signatory signatory = signed.get(i);
      // The extractor lists signatories in the order of the parties they sign for.
      Long forParty = signed.size() == partyIds.size() ? partyIds.get(i) : null;
      signatories.add(
          new AgreementSignatory(
              person(signatory, forParty), signatory.title(), forParty, signatory.onBehalfOf()));
    }
    Instrument instrument = Instrument.valueOf(record.instrument().name());
    Agreement agreement = Agreement.draft(instrument, title(instrument, partyIds), null);
    agreement.between(
        partyIds.stream().map(id -> new AgreementParty(id, PartyRole.PARTY)).toList());
    agreement.signed(record.signedOn(), record.place(), event(record.event()), signatories);
    agreement.runsFor(
        record.signedOn() != null,
        null,
        record.termYears() == null ? null : Period.ofYears(record.termYears()),
        Boolean.TRUE.equals(record.extendable())
            ? RenewalMode.BY_WRITTEN_AGREEMENT
            : RenewalMode.NONE,
        null);
    agreement.covers(
        record.areas().stream()
            .map(a -> new AgreementArea(code("cooperation_area", a), a))
            .toList(),
        record.activities().stream()
            .map(a -> new AgreementActivityForm(code("activity_form", a), a))
            .toList());
    agreement.reportedIn(List.of(source));
    agreement.annotate(notes, false);
    if (record.signedOn() != null
        && record.status() == org.kerangka.extract.AgreementStatus.SIGNED) {
      agreement.record(
          new LifecycleEvent(LifecycleEventType.SIGNED, record.signedOn(), null, null));
      agreement.record(
          new LifecycleEvent(LifecycleEventType.ENTERED_INTO_FORCE, record.signedOn(), null, null));
    }
    agreements.save(agreement);
  }

  /** A descriptive title from the instrument and the parties' Indonesian names. */
  private String title(Instrument instrument, List<Long> partyIds) {
    String kind = instrument == Instrument.MOU ? "Nota Kesepahaman" : "Perjanjian";
    List<String> names =
        partyIds.stream().map(id -> organisations.require(id).displayName()).toList();
    return names.isEmpty() ? kind : kind + " " + String.join(" – ", names);
  }

  private long organisation(Party party) {
    List<String> names = new ArrayList<>();
    names.add(party.name());
    names.addAll(party.aliases());
    Optional<Organisation> known = organisations.findByAnyName(names);
    if (known.isPresent()) {
      return requireId(known.get().id());
    }
    String english = english(party);
    Organisation organisation =
        Organisation.named(
            party.name().equals(english) ? null : party.name(),
            english,
            null,
            kind(party),
            party.country());
    if (organisation.nameId() == null) {
      // The canonical name is English: take the first Indonesian-looking alias as the ID name.
      party.aliases().stream()
          .filter(a -> a.startsWith("Kementerian ") || a.startsWith("Badan "))
          .findFirst()
          .ifPresent(a -> organisation.rename(a, organisation.nameEn(), null));
    }
    organisation.knownAs(party.aliases());
    return requireId(organisations.save(organisation).id());
  }

  private static @Nullable String english(Party party) {
    for (String name : names(party)) {
      if (name.startsWith("Ministry of ")) {
        return name;
      }
    }
    return null;
  }

  private static List<String> names(Party party) {
    List<String> names = new ArrayList<>();
    names.add(party.name());
    names.addAll(party.aliases());
    return names;
  }

  private static OrganisationKind kind(Party party) {
    return switch (party.kind()) {
      case GOVERNMENT -> OrganisationKind.MINISTRY_OR_AGENCY;
      case COMPANY -> OrganisationKind.COMPANY;
      case ACADEMIC -> OrganisationKind.UNIVERSITY;
      case RESEARCH -> OrganisationKind.RESEARCH_CENTRE;
      case ASSOCIATION -> OrganisationKind.ASSOCIATION;
      case OTHER -> OrganisationKind.OTHER;
    };
  }

  private long person(Signatory signatory, @Nullable Long organisation) {
    Person person =
        people.findByNameIgnoreCase(signatory.name()).stream()
            .findFirst()
            .orElseGet(() -> Person.named(signatory.name()));
    if (signatory.title() != null) {
      person.holds(new Position(signatory.title(), organisation, null, null));
    }
    return requireId(people.save(person).id());
  }

  private @Nullable Long event(@Nullable String name) {
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
  private @Nullable String code(String taxonomy, String label) {
    return jdbc
        .sql(
            "select code from "
                + taxonomy
                + " where lower(name_id) = :label or lower(name_en) = :label order by code")
        .param("label", label.strip().toLowerCase(Locale.ROOT))
        .query(String.class)
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static long requireId(@Nullable Long id) {
    if (id == null) {
      throw new IllegalStateException("saved entity has no id");
    }
    return id;
  }

  private static @Nullable String text(JsonNode node, String field, @Nullable String fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asString();
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    return value == null ? null : LocalDate.parse(value);
  }

  private static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + resource, e);
    }
  }
}
