package org.kerangka.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kerangka.app.audit.AuditActor;
import org.kerangka.app.audit.AuditEvent;
import org.kerangka.app.audit.AuditTrail;
import org.kerangka.app.event.Event;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RandomLifecycles;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.person.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the registry's storage must do on every database it supports; subclasses run it on H2 and on
 * PostgreSQL. Test data uses Japanese organisations and 2025 dates so that it does not disturb the
 * API tests' view of the demo data.
 */
abstract class RegistryStorageContract {
  private static final LocalDate SIGNED = LocalDate.of(2025, 3, 4);

  @Autowired AgreementRepository agreements;
  @Autowired AgreementService service;
  @Autowired OrganisationService organisations;
  @Autowired PersonRepository people;
  @Autowired EventRepository events;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void migrationsAndDemoDataLeaveBothSeedMousInTheRegistry() {
    List<Agreement> seed =
        agreements.findAll().stream().filter(a -> SEED_DAY.equals(a.signedOn())).toList();
    assertThat(seed).hasSize(2);
    assertThat(seed)
        .allMatch(a -> a.statusOn(LocalDate.of(2026, 11, 28)) == AgreementStatus.IN_FORCE);
  }

  private static final LocalDate SEED_DAY = LocalDate.of(2023, 9, 8);

  @Test
  void savesAndReloadsAnAgreementWithEveryPart() {
    String area = "T" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into cooperation_area (code, name_id, name_en) values (:c, :c, :c)")
        .param("c", area)
        .update();
    Organisation meti =
        organisation("Kementerian Ekonomi, Perdagangan dan Industri Jepang", "METI");
    Organisation kemenperin = organisation("Kementerian Perindustrian Uji", "KPU");
    Person person = Person.named("Nishimura Yasutoshi");
    person.holds(new Position("Minister", meti.id(), LocalDate.of(2022, 8, 10), null));
    person = people.save(person);
    Event event = Event.named("Kunjungan uji " + area);
    event.takesPlace(SIGNED, SIGNED.plusDays(1), "Tokyo");
    event = events.save(event);

    Agreement agreement = Agreement.draft(Instrument.PROTOCOL, "Protokol uji", "Test protocol");
    agreement.between(
        List.of(
            new AgreementParty(kemenperin.id(), PartyRole.PARTY),
            new AgreementParty(meti.id(), PartyRole.PARTY),
            new AgreementParty(meti.id(), PartyRole.WITNESS)));
    agreement.signed(
        SIGNED,
        "Tokyo",
        event.id(),
        List.of(new AgreementSignatory(person.id(), "Minister", meti.id(), null)));
    agreement.runsFor(
        false,
        SIGNED.plusDays(30),
        Period.ofYears(3),
        RenewalMode.BY_EXCHANGE_OF_NOTES,
        Period.ofMonths(6));
    agreement.covers(
        List.of(new AgreementArea(area, "uji"), new AgreementArea(null, "semikonduktor uji")),
        List.of(new AgreementActivityForm(null, "magang uji")));
    agreement.reportedIn(
        List.of(new AgreementSource("https://example.org/p", "Example", SIGNED, "T")));
    agreement.annotate("catatan", true);
    Agreement seedMou =
        agreements.findAll().stream()
            .filter(a -> SEED_DAY.equals(a.signedOn()))
            .findFirst()
            .orElseThrow();
    agreement.linkTo(LinkKind.IMPLEMENTS, seedMou);
    agreement.record(new LifecycleEvent(LifecycleEventType.SIGNED, SIGNED, null, null));
    agreement.record(
        new LifecycleEvent(
            LifecycleEventType.EXTENDED, SIGNED.plusYears(2), Period.ofYears(1), "ok"));

    long id = agreements.save(agreement).id();
    Agreement loaded = agreements.findById(id).orElseThrow();

    assertThat(loaded.version()).isZero();
    assertThat(loaded.instrument()).isEqualTo(Instrument.PROTOCOL);
    assertThat(loaded.parties())
        .extracting(AgreementParty::role)
        .containsExactly(PartyRole.PARTY, PartyRole.PARTY, PartyRole.WITNESS);
    assertThat(loaded.signatories())
        .singleElement()
        .extracting(AgreementSignatory::personId)
        .isEqualTo(person.id());
    assertThat(loaded.eventId()).isEqualTo(event.id());
    assertThat(loaded.areas()).extracting(AgreementArea::areaCode).containsExactly(area, null);
    assertThat(loaded.activityForms())
        .extracting(AgreementActivityForm::label)
        .containsExactly("magang uji");
    assertThat(loaded.sources())
        .singleElement()
        .extracting(AgreementSource::publishedOn)
        .isEqualTo(SIGNED);
    assertThat(loaded.confidential()).isTrue();
    assertThat(loaded.links())
        .containsExactly(new AgreementLink(LinkKind.IMPLEMENTS, seedMou.id()));
    assertThat(service.linkedFrom(seedMou.id()))
        .extracting(AgreementService.LinkedAgreement::id)
        .contains(id);
    assertThat(loaded.lifecycle())
        .extracting(LifecycleEvent::extension)
        .containsExactly(null, Period.ofYears(1));
    assertThat(loaded.term().noticePeriod()).isEqualTo(Period.ofMonths(6));
    assertThat(loaded.dates().expiresOn()).isEqualTo(LocalDate.of(2029, 4, 2));
    assertThat(people.findById(person.id()).orElseThrow().positions()).hasSize(1);

    loaded.annotate("catatan baru", true);
    assertThat(agreements.save(loaded).version()).isEqualTo(1);

    agreements.deleteById(id);
    assertThat(agreements.findById(id)).isEmpty();
    assertThat(service.linkedFrom(seedMou.id()))
        .extracting(AgreementService.LinkedAgreement::id)
        .doesNotContain(id);
  }

  @Test
  void aStaleCopyCannotOverwriteANewerVersion() {
    Organisation meti = organisation("Organisasi uji versi", "OUV");
    Agreement agreement = Agreement.draft(Instrument.MOU, "Versi", null);
    agreement.between(List.of(new AgreementParty(meti.id(), PartyRole.PARTY)));
    long id = agreements.save(agreement).id();
    Agreement first = agreements.findById(id).orElseThrow();
    Agreement second = agreements.findById(id).orElseThrow();
    first.annotate("first", false);
    agreements.save(first);
    second.annotate("second", false);

    assertThatThrownBy(() -> agreements.save(second))
        .isInstanceOf(OptimisticLockingFailureException.class);
    agreements.deleteById(id);
  }

  @Test
  void unknownTaxonomyCodesAreRejectedByTheDatabase() {
    Organisation org = organisation("Organisasi uji kode", "OUK");
    Agreement agreement = Agreement.draft(Instrument.MOU, "Kode", null);
    agreement.between(List.of(new AgreementParty(org.id(), PartyRole.PARTY)));
    agreement.covers(List.of(new AgreementArea("NO-SUCH-CODE", "x")), List.of());

    assertThatThrownBy(() -> agreements.save(agreement))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void findsOrganisationsByAnyNameOrAliasIgnoringCase() {
    assertThat(organisations.findByAnyName(List.of("no such body", "miit")))
        .get()
        .extracting(Organisation::country)
        .isEqualTo("CN");
    assertThat(organisations.findByAnyName(List.of("KEMENTERIAN PERINDUSTRIAN")))
        .get()
        .extracting(Organisation::country)
        .isEqualTo("ID");
    assertThat(organisations.findByAnyName(List.of("Kementerian"))).isEmpty();
  }

  @Test
  void searchesRunTheSameSqlOnEveryDatabase() {
    LocalDate today = LocalDate.of(2026, 11, 28);
    assertThat(service.search(query("KR", null, null, today)).items())
        .singleElement()
        .extracting(v -> v.agreement().signedOn())
        .isEqualTo(SEED_DAY);
    assertThat(service.search(query(null, "Perkapalan", null, today)).totalItems()).isEqualTo(1);
    assertThat(
            service
                .search(query("CN", null, AgreementStatus.EXPIRED, LocalDate.of(2028, 9, 8)))
                .totalItems())
        .isEqualTo(1);
    assertThat(service.search(query("cn", "50%_", null, today)).totalItems()).isZero();
  }

  @Test
  void sqlStatusAndExpiryFiltersAgreeWithTheLifecycleCalculatorOnManyAgreementsAndDays() {
    Organisation org = organisation("Organisasi uji status", "OUS");
    RandomLifecycles lifecycles = new RandomLifecycles(42L);
    List<Agreement> saved = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 150; i++) {
        RandomLifecycles.Lifecycle l = lifecycles.next();
        Agreement a = Agreement.draft(Instrument.MOU, "Status uji " + i, null);
        a.between(List.of(new AgreementParty(org.id(), PartyRole.PARTY)));
        a.signed(l.term().signedOn(), null, null, List.of());
        a.runsFor(
            false,
            l.term().entryIntoForce(),
            l.term().term(),
            l.term().renewal(),
            l.term().noticePeriod());
        l.events().forEach(a::record);
        saved.add(service.save(a));
      }
      for (int d = 0; d < 40; d++) {
        LocalDate day = lifecycles.day(1999, 2045);
        LocalDate before = lifecycles.day(2000, 2045);
        for (AgreementStatus status : AgreementStatus.values()) {
          List<Long> expected =
              saved.stream()
                  .filter(a -> a.statusOn(day) == status)
                  .map(Agreement::id)
                  .sorted()
                  .toList();
          List<Long> actual =
              service
                  .search(
                      new AgreementQuery(
                          null,
                          org.id(),
                          status,
                          day,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          0,
                          200,
                          "signedOn,asc"))
                  .items()
                  .stream()
                  .map(AgreementView::id)
                  .sorted()
                  .toList();
          assertThat(actual).as("%s on %s", status, day).isEqualTo(expected);
        }
        List<Long> expiring =
            saved.stream()
                .filter(
                    a -> a.dates().expiresOn() != null && a.dates().expiresOn().isBefore(before))
                .sorted(
                    java.util.Comparator.comparing((Agreement a) -> a.dates().expiresOn())
                        .thenComparing(Agreement::id))
                .map(Agreement::id)
                .toList();
        assertThat(
                service
                    .search(
                        new AgreementQuery(
                            null,
                            org.id(),
                            null,
                            day,
                            null,
                            null,
                            null,
                            null,
                            null,
                            before,
                            0,
                            200,
                            "expiry,asc"))
                    .items()
                    .stream()
                    .map(AgreementView::id)
                    .toList())
            .as("expiring before %s, by expiry", before)
            .isEqualTo(expiring);
      }
    } finally {
      saved.forEach(a -> agreements.deleteById(a.id()));
    }
  }

  @Test
  void appendingALifecycleEventRewritesTheStoredDatesAndTimeline() {
    Organisation org = organisation("Organisasi uji perpanjangan", "OUP");
    Agreement a = Agreement.draft(Instrument.MOU, "Perpanjangan uji", null);
    a.between(List.of(new AgreementParty(org.id(), PartyRole.PARTY)));
    a.signed(SIGNED, null, null, List.of());
    a.runsFor(true, null, Period.ofYears(2), RenewalMode.BY_WRITTEN_AGREEMENT, null);
    long id = service.save(a).id();
    try {
      assertThat(storedExpiry(id)).isEqualTo(LocalDate.of(2027, 3, 3));
      LocalDate later = LocalDate.of(2027, 6, 1);
      assertThat(idsWith(org, AgreementStatus.EXPIRED, later)).containsExactly(id);

      Agreement loaded = service.require(id);
      loaded.record(
          new LifecycleEvent(
              LifecycleEventType.EXTENDED, LocalDate.of(2027, 1, 10), Period.ofYears(3), null));
      service.save(loaded);

      assertThat(storedExpiry(id)).isEqualTo(LocalDate.of(2030, 3, 3));
      assertThat(idsWith(org, AgreementStatus.EXPIRED, later)).isEmpty();
      assertThat(idsWith(org, AgreementStatus.EXTENDED, later)).containsExactly(id);
    } finally {
      agreements.deleteById(id);
    }
  }

  @Test
  void agreementsStoredBeforeTheLifecycleColumnsAreFilledAtStartUp() {
    Organisation org = organisation("Organisasi uji isi ulang", "OUI");
    Agreement a = Agreement.draft(Instrument.MOU, "Isi ulang uji", null);
    a.between(List.of(new AgreementParty(org.id(), PartyRole.PARTY)));
    a.signed(SIGNED, null, null, List.of());
    a.runsFor(true, null, Period.ofYears(5), RenewalMode.NONE, Period.ofMonths(3));
    long id = service.save(a).id();
    try {
      jdbc.sql("delete from agreement_status_period where agreement_id = :id")
          .param("id", id)
          .update();
      jdbc.sql("update agreement set expires_on = null where id = :id").param("id", id).update();
      assertThat(idsWith(org, AgreementStatus.IN_FORCE, LocalDate.of(2026, 1, 1))).isEmpty();

      backfill.fillMissing();

      assertThat(storedExpiry(id)).isEqualTo(LocalDate.of(2030, 3, 3));
      assertThat(idsWith(org, AgreementStatus.IN_FORCE, LocalDate.of(2026, 1, 1)))
          .containsExactly(id);
      assertThat(service.require(id).version()).isZero();
    } finally {
      agreements.deleteById(id);
    }
  }

  @Autowired AgreementLifecycleBackfill backfill;

  private LocalDate storedExpiry(long id) {
    return jdbc.sql("select expires_on from agreement where id = :id")
        .param("id", id)
        .query((rs, n) -> rs.getObject(1, LocalDate.class))
        .single();
  }

  private List<Long> idsWith(Organisation org, AgreementStatus status, LocalDate on) {
    return service
        .search(
            new AgreementQuery(
                null,
                org.id(),
                status,
                on,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                20,
                "signedOn,desc"))
        .items()
        .stream()
        .map(AgreementView::id)
        .toList();
  }

  private static AgreementQuery query(
      String country, String area, AgreementStatus status, LocalDate on) {
    return new AgreementQuery(
        country, null, status, on, area, null, null, null, null, null, 0, 20, "signedOn,desc");
  }

  @Test
  void everyRepositoryWriteAppendsExactlyOneAuditEventWithBeforeAndAfter() {
    long start = audit.count();
    Organisation org = organisation("Organisasi uji audit", "OUA");
    assertThat(audit.count()).isEqualTo(start + 1);

    Agreement agreement = Agreement.draft(Instrument.MOU, "Audit uji", null);
    agreement.between(List.of(new AgreementParty(org.id(), PartyRole.PARTY)));
    agreement.signed(SIGNED, "Osaka", null, List.of());
    long id = service.save(agreement).id();
    assertThat(audit.count()).isEqualTo(start + 2);

    Agreement loaded = service.require(id);
    loaded.signed(SIGNED, "Kyoto", null, List.of());
    service.save(loaded);
    assertThat(audit.count()).isEqualTo(start + 3);

    service.delete(service.require(id));
    assertThat(audit.count()).isEqualTo(start + 4);

    List<AuditEvent> history = audit.history("agreement", String.valueOf(id));
    assertThat(history)
        .extracting(AuditEvent::action)
        .containsExactly("CREATE", "UPDATE", "DELETE");
    assertThat(history.get(0).beforeJson()).isNull();
    assertThat(history.get(0).afterJson()).contains("\"place\":\"Osaka\"");
    assertThat(history.get(1).beforeJson()).contains("\"place\":\"Osaka\"");
    assertThat(history.get(1).afterJson()).contains("\"place\":\"Kyoto\"");
    assertThat(history.get(2).beforeJson()).contains("\"place\":\"Kyoto\"");
    assertThat(history.get(2).afterJson()).isNull();
    assertThat(history).extracting(AuditEvent::actor).containsOnly(AuditActor.current());
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aRolledBackWriteLeavesNoAuditEvent() {
    long start = audit.count();
    String name = "Organisasi batal " + UUID.randomUUID();
    assertThatThrownBy(
            () ->
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          organisations.save(
                              Organisation.named(
                                  name, null, null, OrganisationKind.MINISTRY_OR_AGENCY, "JP"));
                          throw new IllegalStateException("abort");
                        }))
        .hasMessage("abort");
    assertThat(audit.count()).isEqualTo(start);
    assertThat(organisations.list(name, null)).isEmpty();
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void concurrentWritersAppendToOneUnbrokenChain() throws Exception {
    long start = audit.count();
    int writers = 4;
    int each = 5;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    organisation("Organisasi serentak", "OS");
                  }
                }));
      }
      for (var future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(audit.count()).isEqualTo(start + writers * each);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void anAuditRowEditedBySqlIsNamedByVerify() {
    Organisation org = organisation("Organisasi uji rusak", "OUR");
    AuditEvent event = audit.history("organisation", String.valueOf(org.id())).get(0);
    String original = event.afterJson();
    jdbc.sql("update audit_event set after_json = :json where seq = :seq")
        .param("json", original.replace("OUR", "XXX"))
        .param("seq", event.seq())
        .update();
    try {
      AuditTrail.Verification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBroken()).isEqualTo(event.seq());
    } finally {
      jdbc.sql("update audit_event set after_json = :json where seq = :seq")
          .param("json", original)
          .param("seq", event.seq())
          .update();
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  private Organisation organisation(String name, String acronym) {
    Organisation organisation =
        Organisation.named(
            name + " " + UUID.randomUUID(), null, null, OrganisationKind.MINISTRY_OR_AGENCY, "JP");
    organisation.knownAs(List.of(acronym));
    return organisations.save(organisation);
  }
}
