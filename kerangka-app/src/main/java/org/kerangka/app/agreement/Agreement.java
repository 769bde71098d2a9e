package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleCalculator;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.lifecycle.Term;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An agreement between organisations: what was signed, by whom, when and where, for how long and
 * about what. Lifecycle events are only ever appended; status and dates are computed from them.
 */
public class Agreement {
  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private Instrument instrument;
  private @Nullable String titleId;
  private @Nullable String titleEn;
  private @Nullable String referenceNumber;
  private @Nullable LocalDate signedOn;
  private @Nullable String place;
  private @Nullable Long eventId;
  private boolean entryIntoForceOnSignature;
  private @Nullable LocalDate entryIntoForceOn;
  private @Nullable String termPeriod;
  private RenewalMode renewalMode = RenewalMode.NONE;
  private @Nullable String noticePeriod;
  private @Nullable String notes;
  private boolean confidential;

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementParty> parties = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementSignatory> signatories = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementArea> areas = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementActivityForm> activityForms = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementSource> sources = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<RecordedLifecycleEvent> lifecycleEvents = new ArrayList<>();

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementLink> links = new ArrayList<>();

  // Computed by LifecycleCalculator before every save (see computeLifecycle), so that lists filter
  // and sort by status and dates in SQL. Never set from outside.
  private @Nullable LocalDate inForceFrom;
  private @Nullable LocalDate expiresOn;
  private @Nullable LocalDate noticeDeadline;
  private @Nullable LocalDate reviewStartsOn;
  private @Nullable LocalDate terminatedOn;

  @MappedCollection(idColumn = "agreement_id", keyColumn = "idx")
  private List<AgreementStatusPeriod> statusPeriods = new ArrayList<>();

  @PersistenceCreator
  Agreement(@Nullable Long id, @Nullable Long version, Instrument instrument) {
    this.id = id;
    this.version = version;
    this.instrument = instrument;
  }

  /** Column values of a stored agreement, for {@link AgreementLoader}. */
  record Columns(
      long id,
      long version,
      Instrument instrument,
      @Nullable String titleId,
      @Nullable String titleEn,
      @Nullable String referenceNumber,
      @Nullable LocalDate signedOn,
      @Nullable String place,
      @Nullable Long eventId,
      boolean entryIntoForceOnSignature,
      @Nullable LocalDate entryIntoForceOn,
      @Nullable String termPeriod,
      RenewalMode renewalMode,
      @Nullable String noticePeriod,
      @Nullable String notes,
      boolean confidential) {}

  /** Rebuilds a stored agreement from its row and collections, as Spring Data JDBC would. */
  static Agreement restore(
      Columns c,
      List<AgreementParty> parties,
      List<AgreementSignatory> signatories,
      List<AgreementArea> areas,
      List<AgreementActivityForm> activityForms,
      List<AgreementSource> sources,
      List<RecordedLifecycleEvent> lifecycleEvents,
      List<AgreementLink> links) {
    Agreement a = new Agreement(c.id(), c.version(), c.instrument());
    a.titleId = c.titleId();
    a.titleEn = c.titleEn();
    a.referenceNumber = c.referenceNumber();
    a.signedOn = c.signedOn();
    a.place = c.place();
    a.eventId = c.eventId();
    a.entryIntoForceOnSignature = c.entryIntoForceOnSignature();
    a.entryIntoForceOn = c.entryIntoForceOn();
    a.termPeriod = c.termPeriod();
    a.renewalMode = c.renewalMode();
    a.noticePeriod = c.noticePeriod();
    a.notes = c.notes();
    a.confidential = c.confidential();
    a.parties = new ArrayList<>(parties);
    a.signatories = new ArrayList<>(signatories);
    a.areas = new ArrayList<>(areas);
    a.activityForms = new ArrayList<>(activityForms);
    a.sources = new ArrayList<>(sources);
    a.lifecycleEvents = new ArrayList<>(lifecycleEvents);
    a.links = new ArrayList<>(links);
    return a;
  }

  /** A new agreement of the given kind, titled in Indonesian and/or English. */
  public static Agreement draft(
      Instrument instrument, @Nullable String titleId, @Nullable String titleEn) {
    Agreement agreement = new Agreement(null, null, instrument);
    agreement.retitle(instrument, titleId, titleEn, null);
    return agreement;
  }

  public void retitle(
      Instrument instrument,
      @Nullable String titleId,
      @Nullable String titleEn,
      @Nullable String referenceNumber) {
    if (blank(titleId) && blank(titleEn)) {
      throw new IllegalArgumentException("an agreement needs a title in Indonesian or English");
    }
    this.instrument = instrument;
    this.titleId = trimmed(titleId);
    this.titleEn = trimmed(titleEn);
    this.referenceNumber = trimmed(referenceNumber);
  }

  /** Sets who is bound by or witnesses the agreement; at least one party is needed. */
  public void between(List<AgreementParty> parties) {
    if (parties.stream().noneMatch(p -> p.role() == PartyRole.PARTY)) {
      throw new IllegalArgumentException("an agreement needs at least one party");
    }
    this.parties = new ArrayList<>(parties);
  }

  /** Records the signing: when, where, at which event and by whom. */
  public void signed(
      @Nullable LocalDate on,
      @Nullable String place,
      @Nullable Long eventId,
      List<AgreementSignatory> signatories) {
    this.signedOn = on;
    this.place = trimmed(place);
    this.eventId = eventId;
    this.signatories = new ArrayList<>(signatories);
  }

  /**
   * Sets the duration: entry into force on signature or on a date, a term, how it is renewed and
   * the notice period.
   */
  public void runsFor(
      boolean onSignature,
      @Nullable LocalDate entryIntoForceOn,
      @Nullable Period term,
      RenewalMode renewal,
      @Nullable Period noticePeriod) {
    if (onSignature && entryIntoForceOn != null) {
      throw new IllegalArgumentException(
          "entry into force is either on signature or on a date, not both");
    }
    if (term != null && (term.isNegative() || term.isZero())) {
      throw new IllegalArgumentException("the term must be positive");
    }
    if (noticePeriod != null && noticePeriod.isNegative()) {
      throw new IllegalArgumentException("the notice period must not be negative");
    }
    this.entryIntoForceOnSignature = onSignature;
    this.entryIntoForceOn = entryIntoForceOn;
    this.termPeriod = term == null ? null : term.toString();
    this.renewalMode = renewal;
    this.noticePeriod = noticePeriod == null ? null : noticePeriod.toString();
  }

  public void covers(List<AgreementArea> areas, List<AgreementActivityForm> activityForms) {
    this.areas = new ArrayList<>(areas);
    this.activityForms = new ArrayList<>(activityForms);
  }

  public void reportedIn(List<AgreementSource> sources) {
    this.sources = new ArrayList<>(sources);
  }

  /** The organisations that are parties to (or witness) the agreement. */
  public List<Long> partyIds() {
    return parties.stream().map(AgreementParty::organisationId).distinct().toList();
  }

  public void annotate(@Nullable String notes, boolean confidential) {
    this.notes = trimmed(notes);
    this.confidential = confidential;
  }

  /**
   * Links this agreement to an earlier one it amends, extends, supersedes or implements. The target
   * must be stored already; an agreement cannot link to itself, nor twice in the same way to the
   * same agreement.
   */
  public void linkTo(LinkKind kind, Agreement target) {
    Long targetId = target.id();
    if (targetId == null) {
      throw new IllegalArgumentException("the linked agreement must be saved first");
    }
    if (target == this || targetId.equals(id)) {
      throw new IllegalArgumentException("an agreement cannot link to itself");
    }
    AgreementLink link = new AgreementLink(kind, targetId);
    if (links.contains(link)) {
      throw new IllegalArgumentException(
          "the link " + kind + " agreement " + targetId + " is already there");
    }
    links.add(link);
  }

  /** Removes every link, so that a full update can state them afresh. */
  public void unlinkAll() {
    links.clear();
  }

  /**
   * Appends a lifecycle event; events are kept in date order and never removed. An extension needs
   * a positive period and only an extension may have one.
   */
  public void record(LifecycleEvent event) {
    boolean extended = event.type() == org.kerangka.app.lifecycle.LifecycleEventType.EXTENDED;
    Period extension = event.extension();
    if (extended && (extension == null || extension.isNegative() || extension.isZero())) {
      throw new IllegalArgumentException("an extension needs a positive period, such as P2Y");
    }
    if (!extended && extension != null) {
      throw new IllegalArgumentException("only an EXTENDED event has an extension period");
    }
    lifecycleEvents.add(RecordedLifecycleEvent.of(event));
    lifecycleEvents.sort(Comparator.comparing(RecordedLifecycleEvent::occurredOn));
  }

  public Term term() {
    LocalDate entry = entryIntoForceOnSignature ? signedOn : entryIntoForceOn;
    return new Term(
        signedOn,
        entry,
        termPeriod == null ? null : Period.parse(termPeriod),
        renewalMode,
        noticePeriod == null ? null : Period.parse(noticePeriod));
  }

  public List<LifecycleEvent> lifecycle() {
    return lifecycleEvents.stream().map(RecordedLifecycleEvent::toEvent).toList();
  }

  public AgreementStatus statusOn(LocalDate day) {
    return LifecycleCalculator.statusOn(day, term(), lifecycle());
  }

  public LifecycleDates dates() {
    return LifecycleCalculator.dates(term(), lifecycle());
  }

  /**
   * Refreshes the stored copies of the computed lifecycle: dates and the status timeline. Called
   * before every save by {@link AgreementLifecycleCallback}, so they always follow the term and the
   * recorded events.
   *
   * @throws IllegalArgumentException when the term or an event is implausible
   */
  void computeLifecycle() {
    Term term = term();
    List<LifecycleEvent> events = lifecycle();
    LifecycleDates dates = LifecycleCalculator.dates(term, events);
    inForceFrom = dates.entryIntoForce();
    expiresOn = dates.expiresOn();
    noticeDeadline = dates.noticeDeadline();
    reviewStartsOn = dates.reviewStartsOn();
    terminatedOn = LifecycleCalculator.terminatedOn(events);
    statusPeriods =
        new ArrayList<>(
            LifecycleCalculator.timeline(term, events).stream()
                .map(AgreementStatusPeriod::of)
                .toList());
  }

  /** The stored status timeline (as of the last save). */
  List<AgreementStatusPeriod> statusPeriods() {
    return List.copyOf(statusPeriods);
  }

  /** The stored lifecycle columns (as of the last save or {@link #computeLifecycle}). */
  record ComputedLifecycle(
      @Nullable LocalDate inForceFrom,
      @Nullable LocalDate expiresOn,
      @Nullable LocalDate noticeDeadline,
      @Nullable LocalDate reviewStartsOn,
      @Nullable LocalDate terminatedOn) {}

  ComputedLifecycle computed() {
    return new ComputedLifecycle(
        inForceFrom, expiresOn, noticeDeadline, reviewStartsOn, terminatedOn);
  }

  public @Nullable Long id() {
    return id;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instrument instrument() {
    return instrument;
  }

  public @Nullable String titleId() {
    return titleId;
  }

  public @Nullable String titleEn() {
    return titleEn;
  }

  public String displayTitle() {
    return titleId != null ? titleId : String.valueOf(titleEn);
  }

  public @Nullable String referenceNumber() {
    return referenceNumber;
  }

  public @Nullable LocalDate signedOn() {
    return signedOn;
  }

  public @Nullable String place() {
    return place;
  }

  public @Nullable Long eventId() {
    return eventId;
  }

  public boolean entryIntoForceOnSignature() {
    return entryIntoForceOnSignature;
  }

  public @Nullable LocalDate entryIntoForceOn() {
    return entryIntoForceOn;
  }

  public RenewalMode renewalMode() {
    return renewalMode;
  }

  public @Nullable String notes() {
    return notes;
  }

  public boolean confidential() {
    return confidential;
  }

  public List<AgreementParty> parties() {
    return List.copyOf(parties);
  }

  public List<AgreementSignatory> signatories() {
    return List.copyOf(signatories);
  }

  public List<AgreementArea> areas() {
    return List.copyOf(areas);
  }

  public List<AgreementActivityForm> activityForms() {
    return List.copyOf(activityForms);
  }

  public List<AgreementSource> sources() {
    return List.copyOf(sources);
  }

  /** The agreements this one amends, extends, supersedes or implements, in the order given. */
  public List<AgreementLink> links() {
    return List.copyOf(links);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static @Nullable String trimmed(@Nullable String value) {
    return blank(value) ? null : value.strip();
  }
}
