package org.kerangka.app.agreement;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.account.AccessPolicy;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.PersonRepository;
import org.kerangka.app.web.GenerationCache;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.PageResponse;
import org.kerangka.app.web.RegistryGeneration;
import org.kerangka.app.web.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** REST API of the agreement registry. */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementController {
  private final AgreementService service;
  private final OrganisationService organisations;
  private final PersonRepository people;
  private final EventRepository events;
  private final JdbcClient jdbc;
  private final AgreementResponses responses;
  private final AccessPolicy access;
  private final ObjectMapper json;

  /**
   * Pages of the list with every note, per query, for the registry generation they were read in
   * (every write makes the next request read afresh); the notes the user may not read are removed
   * per request. A page that nobody needs redacted is sent as the JSON kept with it, written once.
   */
  private final GenerationCache<AgreementQuery, KeptPage> pages =
      new GenerationCache<>(10_000, kept -> kept.page().items().size());

  /** A page with every note, and its JSON once written. */
  private record KeptPage(AgreementPage page, AtomicReference<byte[]> json) {}

  /** One page of the agreement list. */
  record AgreementPage(
      List<AgreementResponse> items, int page, int size, long totalItems, int totalPages) {}

  AgreementController(
      AgreementService service,
      OrganisationService organisations,
      PersonRepository people,
      EventRepository events,
      JdbcClient jdbc,
      AgreementResponses responses,
      AccessPolicy access,
      ObjectMapper json) {
    this.json = json;
    this.responses = responses;
    this.service = service;
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.jdbc = jdbc;
    this.access = access;
  }

  @GetMapping
  @ApiResponse(
      responseCode = "200",
      description = "one page of the agreements the filters select",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = AgreementPage.class)))
  ResponseEntity<?> list(
      @ParameterObject AgreementFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    AgreementQuery query = filter.query(page, size);
    KeptPage kept =
        pages.get(
            query,
            RegistryGeneration.current(),
            () -> {
              PageResponse<AgreementView> views = service.search(query);
              return new KeptPage(
                  new AgreementPage(
                      responses.complete(views.items()),
                      views.page(),
                      views.size(),
                      views.totalItems(),
                      views.totalPages()),
                  new AtomicReference<>());
            });
    AgreementPage complete = kept.page();
    List<AgreementResponse> visible = responses.visible(complete.items());
    if (visible != complete.items()) { // notes removed for this user: written for this request
      return ResponseEntity.ok(
          new AgreementPage(
              visible,
              complete.page(),
              complete.size(),
              complete.totalItems(),
              complete.totalPages()));
    }
    byte[] json = kept.json().get();
    if (json == null) { // two requests may both write it: the same bytes
      json = this.json.writeValueAsBytes(complete);
      kept.json().set(json);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
  }

  @GetMapping("/{id}")
  ResponseEntity<AgreementResponse> get(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on) {
    Agreement agreement = service.require(id);
    return ResponseEntity.ok()
        .eTag(Versions.etag(agreement.version()))
        .body(response(AgreementView.of(agreement, on == null ? LocalDate.now() : on)));
  }

  @PostMapping
  @Transactional
  ResponseEntity<AgreementResponse> create(@Valid @RequestBody AgreementRequest request) {
    Agreement agreement = Agreement.draft(request.instrument(), request.titleId(), null);
    apply(request, agreement);
    requireChange(agreement);
    Agreement saved = service.save(agreement);
    return ResponseEntity.created(URI.create("/api/v1/agreements/" + saved.id()))
        .eTag(Versions.etag(saved.version()))
        .body(response(AgreementView.of(saved, LocalDate.now())));
  }

  @PutMapping("/{id}")
  @Transactional
  ResponseEntity<AgreementResponse> update(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody AgreementRequest request) {
    Agreement agreement = service.require(id);
    requireChange(agreement);
    Versions.requireMatch(ifMatch, agreement.version());
    apply(request, agreement);
    requireChange(agreement);
    Agreement saved = service.save(agreement);
    return ResponseEntity.ok()
        .eTag(Versions.etag(saved.version()))
        .body(response(AgreementView.of(saved, LocalDate.now())));
  }

  @DeleteMapping("/{id}")
  @Transactional
  ResponseEntity<Void> delete(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Agreement agreement = service.require(id);
    requireChange(agreement);
    Versions.requireMatch(ifMatch, agreement.version());
    service.delete(agreement);
    return ResponseEntity.noContent().build();
  }

  /** The body of POST {@code /api/v1/agreements/{id}/lifecycle-events}. */
  record LifecycleEventRequest(
      @NotNull LifecycleEventType type,
      @NotNull LocalDate on,
      @Pattern(regexp = AgreementRequest.PERIOD, message = "must be an ISO 8601 period such as P2Y")
          @Nullable String extension,
      @Size(max = 2000) @Nullable String note) {}

  /**
   * Appends a lifecycle event (signed, entered into force, extended, amended, terminated); the
   * history is never rewritten, so there is no way to change or remove one.
   */
  @PostMapping("/{id}/lifecycle-events")
  @Transactional
  ResponseEntity<AgreementResponse> recordEvent(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody LifecycleEventRequest request) {
    Agreement agreement = service.require(id);
    requireChange(agreement);
    Versions.requireMatch(ifMatch, agreement.version());
    try {
      agreement.record(
          new LifecycleEvent(
              request.type(),
              request.on(),
              period("extension", request.extension()),
              request.note()));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("extension", e.getMessage());
    }
    Agreement saved = service.save(agreement);
    return ResponseEntity.ok()
        .eTag(Versions.etag(saved.version()))
        .body(response(AgreementView.of(saved, LocalDate.now())));
  }

  /** Copies a request onto the aggregate, checking every reference it makes. */
  private void apply(AgreementRequest request, Agreement agreement) {
    agreement.retitle(
        request.instrument(), request.titleId(), request.titleEn(), request.referenceNumber());
    List<AgreementParty> parties = new ArrayList<>();
    for (int i = 0; i < request.parties().size(); i++) {
      AgreementRequest.PartyRequest party = request.parties().get(i);
      requireOrganisation("parties[" + i + "].organisationId", party.organisationId());
      parties.add(
          new AgreementParty(
              party.organisationId(), party.role() == null ? PartyRole.PARTY : party.role()));
    }
    agreement.between(parties);
    List<AgreementSignatory> signatories = new ArrayList<>();
    List<AgreementRequest.SignatoryRequest> requested =
        request.signatories() == null ? List.of() : request.signatories();
    for (int i = 0; i < requested.size(); i++) {
      AgreementRequest.SignatoryRequest signatory = requested.get(i);
      if (!people.existsById(signatory.personId())) {
        throw new InvalidFieldException(
            "signatories[" + i + "].personId",
            "person " + signatory.personId() + " does not exist");
      }
      if (signatory.forOrganisationId() != null) {
        requireOrganisation(
            "signatories[" + i + "].forOrganisationId", signatory.forOrganisationId());
      }
      signatories.add(
          new AgreementSignatory(
              signatory.personId(),
              signatory.title(),
              signatory.forOrganisationId(),
              signatory.onBehalfOf()));
    }
    if (request.eventId() != null && !events.existsById(request.eventId())) {
      throw new InvalidFieldException("eventId", "event " + request.eventId() + " does not exist");
    }
    agreement.signed(request.signedOn(), request.place(), request.eventId(), signatories);
    boolean onSignature = Boolean.TRUE.equals(request.entryIntoForceOnSignature());
    if (onSignature && request.entryIntoForceOn() != null) {
      throw new InvalidFieldException(
          "entryIntoForceOn", "give either entryIntoForceOnSignature or entryIntoForceOn");
    }
    agreement.runsFor(
        onSignature,
        request.entryIntoForceOn(),
        period("term", request.term()),
        request.renewal() == null ? RenewalMode.NONE : request.renewal(),
        period("noticePeriod", request.noticePeriod()));
    agreement.covers(
        labels("areas", "cooperation_area", request.areas()).stream()
            .map(l -> new AgreementArea(l.code(), l.label()))
            .toList(),
        labels("activities", "activity_form", request.activities()).stream()
            .map(l -> new AgreementActivityForm(l.code(), l.label()))
            .toList());
    agreement.reportedIn(
        request.sources() == null
            ? List.of()
            : request.sources().stream()
                .map(s -> new AgreementSource(s.url(), s.outlet(), s.publishedOn(), s.title()))
                .toList());
    agreement.annotate(request.notes(), Boolean.TRUE.equals(request.confidential()));
    agreement.unlinkAll();
    List<AgreementRequest.LinkRequest> links =
        request.links() == null ? List.of() : request.links();
    for (int i = 0; i < links.size(); i++) {
      AgreementRequest.LinkRequest link = links.get(i);
      String field = "links[" + i + "].targetId";
      Agreement target =
          service
              .find(link.targetId())
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          field, "agreement " + link.targetId() + " does not exist"));
      try {
        agreement.linkTo(link.kind(), target);
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException(field, e.getMessage());
      }
    }
  }

  /** 403 for a user who may not change the agreement (an EDITOR limited to other parties). */
  private void requireChange(Agreement agreement) {
    if (!access.canChange(agreement.partyIds())) {
      throw new AccessDeniedException("you may not change agreements between these parties");
    }
  }

  private void requireOrganisation(String field, long id) {
    if (!organisations.exists(id)) {
      throw new InvalidFieldException(field, "organisation " + id + " does not exist");
    }
  }

  private static @Nullable Period period(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Period period = Period.parse(value);
      if (period.isZero()) {
        throw new InvalidFieldException(field, "must be longer than zero");
      }
      return period;
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidFieldException(field, "must be an ISO 8601 period such as P5Y");
    }
  }

  private List<AgreementRequest.LabelRequest> labels(
      String field, String taxonomy, @Nullable List<AgreementRequest.LabelRequest> labels) {
    if (labels == null) {
      return List.of();
    }
    for (int i = 0; i < labels.size(); i++) {
      String code = labels.get(i).code();
      if (code != null
          && jdbc.sql("select count(*) from " + taxonomy + " where code = :code")
                  .param("code", code)
                  .query(Long.class)
                  .single()
              == 0) {
        throw new InvalidFieldException(
            field + "[" + i + "].code",
            "'" + code + "' is not a code of the " + taxonomy + " taxonomy");
      }
    }
    return labels;
  }

  private AgreementResponse response(AgreementView view) {
    return responses.of(view);
  }
}
