package org.kerangka.app.agreement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.account.AccessPolicy;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.search.Search;
import org.kerangka.app.search.SearchHit;
import org.kerangka.app.web.PageController;
import org.kerangka.app.web.PageResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agreement pages: list with filters and search, detail with computed dates and timeline, and
 * the create and edit forms with optimistic locking.
 */
@PageController
@RequestMapping("/perjanjian")
class AgreementPages {
  static final int PAGE_SIZE = 20;
  private static final int SEARCH_LIMIT = 10;

  private final AgreementService agreements;
  private final OrganisationService organisations;
  private final PersonRepository people;
  private final EventRepository events;
  private final Search search;
  private final AccessPolicy access;

  AgreementPages(
      AgreementService agreements,
      OrganisationService organisations,
      PersonRepository people,
      EventRepository events,
      Search search,
      AccessPolicy access) {
    this.agreements = agreements;
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.search = search;
    this.access = access;
  }

  /** A party as the pages show it. */
  record PartyRow(long id, String name, @Nullable String country, PartyRole role) {}

  /** An agreement row of the list. */
  record Row(AgreementView view, List<PartyRow> parties) {
    public Agreement agreement() {
      return view.agreement();
    }
  }

  /** A signatory with the person's name and the party signed for. */
  record SignatoryRow(
      long personId,
      String name,
      @Nullable String title,
      @Nullable PartyRow forParty,
      @Nullable String onBehalfOf) {}

  /**
   * A line of the status timeline: a recorded event (with the status it led to), or a date computed
   * from the term (review start, notice deadline, expiry).
   */
  record TimelineEntry(
      LocalDate on,
      String label,
      @Nullable AgreementStatus status,
      @Nullable Period extension,
      @Nullable String note,
      boolean computed,
      boolean past) {}

  /** Filters of the list, as given in the query string. */
  record Filters(
      @Nullable String q,
      @Nullable String country,
      @Nullable AgreementStatus status,
      @Nullable Instrument instrument,
      @Nullable String area) {

    String link(int page) {
      UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/perjanjian");
      add(uri, "q", q);
      add(uri, "country", country);
      add(uri, "status", status == null ? null : status.name());
      add(uri, "instrument", instrument == null ? null : instrument.name());
      add(uri, "area", area);
      if (page > 0) {
        uri.queryParam("page", page);
      }
      return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
      if (value != null) {
        uri.queryParam(name, value);
      }
    }
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String country,
      @RequestParam(required = false) @Nullable AgreementStatus status,
      @RequestParam(required = false) @Nullable Instrument instrument,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model,
      HttpServletResponse response) {
    // the same address answers with the page or, for htmx, the results alone: keep caches apart
    response.addHeader("Vary", "HX-Request");
    Filters filters =
        new Filters(blankToNull(q), blankToNull(country), status, instrument, blankToNull(area));
    AgreementQuery query =
        new AgreementQuery(
            filters.country(),
            null,
            status,
            LocalDate.now(),
            filters.area(),
            null,
            instrument,
            null,
            null,
            null,
            Math.max(page, 0),
            PAGE_SIZE,
            "signedOn,desc");
    PageResponse<AgreementView> result = agreements.search(query);
    List<SearchHit> hits =
        filters.q() == null ? List.of() : search.search(filters.q(), SEARCH_LIMIT);
    model.addAttribute("filters", filters);
    model.addAttribute("rows", result.items().stream().map(this::row).toList());
    model.addAttribute("result", result);
    model.addAttribute("hits", hits);
    model.addAttribute("previous", result.page() > 0 ? filters.link(result.page() - 1) : null);
    model.addAttribute(
        "next", result.page() + 1 < result.totalPages() ? filters.link(result.page() + 1) : null);
    model.addAttribute("countries", agreements.partyCountries());
    model.addAttribute("areaLabels", agreements.areaLabels());
    model.addAttribute("statuses", AgreementStatus.values());
    model.addAttribute("instruments", Instrument.values());
    return htmx != null ? "agreement/list :: results" : "agreement/list";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    Agreement agreement = agreements.require(id);
    LocalDate today = LocalDate.now();
    AgreementView view = AgreementView.of(agreement, today);
    model.addAttribute("agreement", agreement);
    model.addAttribute("view", view);
    model.addAttribute("parties", parties(agreement));
    model.addAttribute("signatories", signatories(agreement));
    model.addAttribute(
        "event",
        agreement.eventId() == null ? null : events.findById(agreement.eventId()).orElse(null));
    model.addAttribute("timeline", timeline(agreement, view.dates(), today));
    model.addAttribute("links", agreements.linksOf(agreement));
    model.addAttribute("linkedFrom", agreements.linkedFrom(id));
    model.addAttribute("canChange", access.canChange(agreement.partyIds()));
    model.addAttribute(
        "showNotes", access.canReadText(agreement.partyIds(), agreement.confidential()));
    return "agreement/detail";
  }

  @GetMapping("/baru")
  String createForm(Model model) {
    return form(model, new AgreementForm(), null);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") AgreementForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.getPartyIds().isEmpty()) {
      errors.rejectValue("partyIds", "agreement.form.partiesRequired");
    }
    form.getPartyIds().stream()
        .filter(party -> !organisations.exists(party))
        .findFirst()
        .ifPresent(party -> errors.rejectValue("partyIds", "agreement.form.unknownParty"));
    checkTerm(form, errors);
    if (!form.getPartyIds().isEmpty() && !access.canChange(form.getPartyIds())) {
      errors.rejectValue("partyIds", "agreement.form.notYourParties");
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, form, null);
    }
    Agreement agreement =
        Agreement.draft(
            Objects.requireNonNull(form.getInstrument()), form.getTitleId(), form.getTitleEn());
    agreement.between(
        form.getPartyIds().stream()
            .distinct()
            .map(p -> new AgreementParty(p, PartyRole.PARTY))
            .toList());
    agreement.signed(form.getSignedOn(), form.getPlace(), null, List.of());
    agreement.runsFor(
        false, null, form.term(), Objects.requireNonNull(form.getRenewal()), form.noticePeriod());
    agreement.covers(form.areasFrom(List.of()), List.of());
    agreement.annotate(form.getNotes(), false);
    Agreement saved = agreements.save(agreement);
    redirect.addFlashAttribute("flash", "flash.created");
    return "redirect:/perjanjian/" + saved.id();
  }

  @GetMapping("/{id}/ubah")
  String editForm(@PathVariable long id, Model model) {
    Agreement agreement = agreements.require(id);
    requireChange(agreement);
    return form(model, AgreementForm.of(agreement), agreement);
  }

  @PostMapping("/{id}/ubah")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") AgreementForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agreement agreement = agreements.require(id);
    requireChange(agreement);
    if (form.getVersion() == null || form.getVersion() != agreement.version()) {
      return conflict(agreement, form, model, response);
    }
    checkTerm(form, errors);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, form, agreement);
    }
    AgreementForm before = AgreementForm.of(agreement);
    agreement.retitle(
        Objects.requireNonNull(form.getInstrument()),
        form.getTitleId(),
        form.getTitleEn(),
        agreement.referenceNumber());
    agreement.signed(
        form.getSignedOn(), form.getPlace(), agreement.eventId(), agreement.signatories());
    agreement.runsFor(
        agreement.entryIntoForceOnSignature(),
        agreement.entryIntoForceOn(),
        // an unchanged field keeps the stored period exactly (say 18 months shown as 2 years)
        Objects.equals(form.getTermYears(), before.getTermYears())
            ? agreement.term().term()
            : form.term(),
        Objects.requireNonNull(form.getRenewal()),
        Objects.equals(form.getNoticeMonths(), before.getNoticeMonths())
            ? agreement.term().noticePeriod()
            : form.noticePeriod());
    agreement.covers(form.areasFrom(agreement.areas()), agreement.activityForms());
    agreement.annotate(form.getNotes(), agreement.confidential());
    try {
      agreements.save(agreement);
    } catch (OptimisticLockingFailureException e) {
      return conflict(agreements.require(id), form, model, response);
    }
    redirect.addFlashAttribute("flash", "flash.saved");
    return "redirect:/perjanjian/" + id;
  }

  /**
   * Someone saved the agreement since the form was opened: show the stored values with the new
   * version, and what the user typed beside them, so nothing is overwritten unseen.
   */
  private String conflict(
      Agreement current, AgreementForm mine, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("conflict", true);
    model.addAttribute("mine", mine);
    return form(model, AgreementForm.of(current), current);
  }

  /** Refuses (403) a user who may not change the agreement, e.g. an EDITOR of other parties. */
  private void requireChange(Agreement agreement) {
    if (!access.canChange(agreement.partyIds())) {
      throw new AccessDeniedException("not allowed to change agreement " + agreement.id());
    }
  }

  private static void checkTerm(AgreementForm form, BindingResult errors) {
    if (form.noticeLongerThanTerm() && !errors.hasFieldErrors("noticeMonths")) {
      errors.rejectValue("noticeMonths", "agreement.form.noticeLongerThanTerm");
    }
  }

  private String form(Model model, AgreementForm form, @Nullable Agreement agreement) {
    model.addAttribute("form", form);
    model.addAttribute("agreement", agreement);
    model.addAttribute("instruments", Instrument.values());
    model.addAttribute("renewals", RenewalMode.values());
    if (agreement == null) {
      model.addAttribute("organisations", organisations.list(null, null));
    }
    return "agreement/form";
  }

  private Row row(AgreementView view) {
    return new Row(view, parties(view.agreement()));
  }

  private List<PartyRow> parties(Agreement agreement) {
    return agreement.parties().stream().map(p -> party(p.organisationId(), p.role())).toList();
  }

  private PartyRow party(long organisationId, PartyRole role) {
    Organisation o = organisations.require(organisationId);
    return new PartyRow(organisationId, o.displayName(), o.country(), role);
  }

  private List<SignatoryRow> signatories(Agreement agreement) {
    return agreement.signatories().stream()
        .map(
            s ->
                new SignatoryRow(
                    s.personId(),
                    people.findById(s.personId()).map(Person::name).orElse("?"),
                    s.title(),
                    s.forOrganisationId() == null
                        ? null
                        : party(s.forOrganisationId(), PartyRole.PARTY),
                    s.onBehalfOf()))
        .toList();
  }

  private static List<TimelineEntry> timeline(
      Agreement agreement, LifecycleDates dates, LocalDate today) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (LifecycleEvent event : agreement.lifecycle()) {
      entries.add(
          new TimelineEntry(
              event.on(),
              "lifecycle." + event.type().name(),
              agreement.statusOn(event.on()),
              event.extension(),
              event.note(),
              false,
              !event.on().isAfter(today)));
    }
    computed(entries, dates.reviewStartsOn(), "timeline.reviewStarts", today);
    computed(entries, dates.noticeDeadline(), "timeline.noticeDeadline", today);
    computed(entries, dates.expiresOn(), "timeline.expires", today);
    entries.sort(Comparator.comparing(TimelineEntry::on));
    return entries;
  }

  private static void computed(
      List<TimelineEntry> entries, @Nullable LocalDate on, String label, LocalDate today) {
    if (on != null) {
      entries.add(new TimelineEntry(on, label, null, null, null, true, !on.isAfter(today)));
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
