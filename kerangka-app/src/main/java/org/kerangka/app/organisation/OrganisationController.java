package org.kerangka.app.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for organisations. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {
  private final OrganisationService service;

  OrganisationController(OrganisationService service) {
    this.service = service;
  }

  record OrganisationRequest(
      @Size(max = 300) @Nullable String nameId,
      @Size(max = 300) @Nullable String nameEn,
      @Size(max = 300) @Nullable String namePartner,
      @NotNull OrganisationKind kind,
      @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          @Nullable String country,
      @Nullable Long parentId,
      @Nullable List<@Size(max = 300) String> aliases) {

    void applyTo(Organisation organisation) {
      organisation.rename(nameId, nameEn, namePartner);
      organisation.classifyAs(kind);
      organisation.locateIn(country);
      organisation.placeUnder(parentId);
      organisation.knownAs(aliases == null ? List.of() : aliases);
    }
  }

  record OrganisationResponse(
      long id,
      long version,
      @Nullable String nameId,
      @Nullable String nameEn,
      @Nullable String namePartner,
      String name,
      OrganisationKind kind,
      @Nullable String country,
      @Nullable Long parentId,
      List<String> aliases) {
    static OrganisationResponse of(Organisation o) {
      return new OrganisationResponse(
          o.id() == null ? 0 : o.id(),
          o.version(),
          o.nameId(),
          o.nameEn(),
          o.namePartner(),
          o.displayName(),
          o.kind(),
          o.country(),
          o.parentId(),
          o.aliases());
    }
  }

  @GetMapping
  List<OrganisationResponse> list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String country) {
    return service.list(q, country).stream().map(OrganisationResponse::of).toList();
  }

  @GetMapping("/{id}")
  ResponseEntity<OrganisationResponse> get(@PathVariable long id) {
    Organisation organisation = service.require(id);
    return ResponseEntity.ok()
        .eTag(Versions.etag(organisation.version()))
        .body(OrganisationResponse.of(organisation));
  }

  @PostMapping
  @Transactional
  ResponseEntity<OrganisationResponse> create(@Valid @RequestBody OrganisationRequest request) {
    Organisation organisation =
        Organisation.named(
            request.nameId(), request.nameEn(), request.namePartner(), request.kind(), null);
    request.applyTo(organisation);
    Organisation saved = service.save(organisation);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + saved.id()))
        .eTag(Versions.etag(saved.version()))
        .body(OrganisationResponse.of(saved));
  }

  @PutMapping("/{id}")
  @Transactional
  ResponseEntity<OrganisationResponse> update(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
      @Valid @RequestBody OrganisationRequest request) {
    Organisation organisation = service.require(id);
    Versions.requireMatch(ifMatch, organisation.version());
    request.applyTo(organisation);
    Organisation saved = service.save(organisation);
    return ResponseEntity.ok()
        .eTag(Versions.etag(saved.version()))
        .body(OrganisationResponse.of(saved));
  }
}
