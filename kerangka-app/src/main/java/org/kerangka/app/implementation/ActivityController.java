package org.kerangka.app.implementation;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the implementation records: activities under an agreement and their indicators.
 * Responses carry the version as ETag; PUT and DELETE need it back in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
class ActivityController {
  private final ActivityService service;
  private final OrganisationService organisations;

  ActivityController(ActivityService service, OrganisationService organisations) {
    this.service = service;
    this.organisations = organisations;
  }

  /** An activity as the API shows it. */
  record ActivityResponse(
      long id,
      long version,
      long agreementId,
      String agreementHref,
      @Nullable Long parentId,
      ActivityLevel level,
      @Nullable String iatiIdentifier,
      String title,
      @Nullable String description,
      @Nullable String formCode,
      @Nullable String areaCode,
      ActivityStatus status,
      @Nullable LocalDate plannedStart,
      @Nullable LocalDate plannedEnd,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd,
      @Nullable String location,
      @Nullable String country,
      @Nullable String currency,
      @Nullable BigDecimal budget,
      @Nullable Integer participants,
      List<Participant> participatingOrgs,
      List<ActivityTransaction> transactions,
      List<ActivityDocument> documents,
      String href,
      String indicatorsHref) {}

  record Participant(
      long organisationId, String name, @Nullable String country, OrganisationRole role) {}

  /** An indicator as the API shows it. */
  record IndicatorResponse(
      long id,
      long version,
      long activityId,
      String title,
      IndicatorMeasure measure,
      boolean ascending,
      @Nullable Integer baselineYear,
      @Nullable BigDecimal baselineValue,
      List<IndicatorPeriod> periods,
      String href) {}

  @GetMapping("/agreements/{id}/activities")
  List<ActivityResponse> list(@PathVariable long id) {
    return service.forAgreement(id).stream().map(this::response).toList();
  }

  @PostMapping("/agreements/{id}/activities")
  ResponseEntity<ActivityResponse> create(
      @PathVariable long id, @Valid @RequestBody ActivityRequest request) {
    Activity saved = service.create(id, request);
    return ResponseEntity.created(URI.create("/api/v1/activities/" + saved.id()))
        .eTag(Versions.etag(saved.version()))
        .body(response(saved));
  }

  @GetMapping("/activities/{id}")
  ResponseEntity<ActivityResponse> get(@PathVariable long id) {
    Activity activity = service.require(id);
    return ResponseEntity.ok().eTag(Versions.etag(activity.version())).body(response(activity));
  }

  @PutMapping("/activities/{id}")
  ResponseEntity<ActivityResponse> update(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody ActivityRequest request) {
    Activity current = service.require(id);
    Versions.requireMatch(ifMatch, current.version());
    Activity saved = service.update(id, current.version(), request);
    return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(response(saved));
  }

  @DeleteMapping("/activities/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Activity current = service.require(id);
    Versions.requireMatch(ifMatch, current.version());
    service.delete(id, current.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/activities/{id}/indicators")
  List<IndicatorResponse> indicators(@PathVariable long id) {
    return service.indicatorsOf(id).stream().map(ActivityController::response).toList();
  }

  @PostMapping("/activities/{id}/indicators")
  ResponseEntity<IndicatorResponse> createIndicator(
      @PathVariable long id, @Valid @RequestBody IndicatorRequest request) {
    Indicator saved = service.createIndicator(id, request);
    return ResponseEntity.created(URI.create(href(saved)))
        .eTag(Versions.etag(saved.version()))
        .body(response(saved));
  }

  @GetMapping("/activities/{id}/indicators/{indicatorId}")
  ResponseEntity<IndicatorResponse> indicator(
      @PathVariable long id, @PathVariable long indicatorId) {
    Indicator indicator = service.requireIndicator(id, indicatorId);
    return ResponseEntity.ok().eTag(Versions.etag(indicator.version())).body(response(indicator));
  }

  @PutMapping("/activities/{id}/indicators/{indicatorId}")
  ResponseEntity<IndicatorResponse> updateIndicator(
      @PathVariable long id,
      @PathVariable long indicatorId,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody IndicatorRequest request) {
    Indicator current = service.requireIndicator(id, indicatorId);
    Versions.requireMatch(ifMatch, current.version());
    Indicator saved = service.updateIndicator(id, indicatorId, current.version(), request);
    return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(response(saved));
  }

  @DeleteMapping("/activities/{id}/indicators/{indicatorId}")
  ResponseEntity<Void> deleteIndicator(
      @PathVariable long id,
      @PathVariable long indicatorId,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
    Indicator current = service.requireIndicator(id, indicatorId);
    Versions.requireMatch(ifMatch, current.version());
    service.deleteIndicator(id, indicatorId, current.version());
    return ResponseEntity.noContent().build();
  }

  private ActivityResponse response(Activity a) {
    long id = a.id() == null ? 0 : a.id();
    return new ActivityResponse(
        id,
        a.version(),
        a.agreementId(),
        "/api/v1/agreements/" + a.agreementId(),
        a.parentId(),
        a.level(),
        a.iatiIdentifier(),
        a.title(),
        a.description(),
        a.formCode(),
        a.areaCode(),
        a.status(),
        a.plannedStart(),
        a.plannedEnd(),
        a.actualStart(),
        a.actualEnd(),
        a.location(),
        a.country(),
        a.currency(),
        a.budget(),
        a.participants(),
        a.participatingOrgs().stream()
            .map(
                p -> {
                  Organisation o = organisations.require(p.organisationId());
                  return new Participant(
                      p.organisationId(), o.displayName(), o.country(), p.role());
                })
            .toList(),
        a.transactions(),
        a.documents(),
        "/api/v1/activities/" + id,
        "/api/v1/activities/" + id + "/indicators");
  }

  private static String href(Indicator i) {
    return "/api/v1/activities/" + i.activityId() + "/indicators/" + i.id();
  }

  private static IndicatorResponse response(Indicator i) {
    return new IndicatorResponse(
        i.id() == null ? 0 : i.id(),
        i.version(),
        i.activityId(),
        i.title(),
        i.measure(),
        i.ascending(),
        i.baselineYear(),
        i.baselineValue(),
        i.periods(),
        href(i));
  }
}
