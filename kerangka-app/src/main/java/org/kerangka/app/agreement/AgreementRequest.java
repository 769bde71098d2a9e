package org.kerangka.app.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.RenewalMode;

/** The body of POST and PUT {@code /api/v1/agreements}. */
record AgreementRequest(
    @NotNull Instrument instrument,
    @NotBlank @Size(max = 500) String titleId,
    @Size(max = 500) @Nullable String titleEn,
    @Size(max = 100) @Nullable String referenceNumber,
    @NotEmpty List<@Valid @NotNull PartyRequest> parties,
    @Nullable List<@Valid @NotNull SignatoryRequest> signatories,
    @Nullable LocalDate signedOn,
    @Size(max = 200) @Nullable String place,
    @Nullable Long eventId,
    @Nullable Boolean entryIntoForceOnSignature,
    @Nullable LocalDate entryIntoForceOn,
    @Pattern(regexp = PERIOD, message = "must be an ISO 8601 period such as P5Y")
        @Nullable String term,
    @Nullable RenewalMode renewal,
    @Pattern(regexp = PERIOD, message = "must be an ISO 8601 period such as P6M")
        @Nullable String noticePeriod,
    @Nullable List<@Valid @NotNull LabelRequest> areas,
    @Nullable List<@Valid @NotNull LabelRequest> activities,
    @Nullable List<@Valid @NotNull SourceRequest> sources,
    @Nullable List<@Valid @NotNull LinkRequest> links,
    @Nullable String notes,
    @Nullable Boolean confidential) {

  static final String PERIOD = "P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?";

  record PartyRequest(@NotNull Long organisationId, @Nullable PartyRole role) {}

  record SignatoryRequest(
      @NotNull Long personId,
      @Size(max = 300) @Nullable String title,
      @Nullable Long forOrganisationId,
      @Size(max = 300) @Nullable String onBehalfOf) {}

  record LabelRequest(@Size(max = 40) @Nullable String code, @NotBlank String label) {}

  /** This agreement AMENDS (EXTENDS, SUPERSEDES, IMPLEMENTS) the agreement with the given id. */
  record LinkRequest(@NotNull LinkKind kind, @NotNull Long targetId) {}

  record SourceRequest(
      @Size(max = 2000) @Nullable String url,
      @Size(max = 200) @Nullable String outlet,
      @Nullable LocalDate publishedOn,
      @Size(max = 500) @Nullable String title) {}
}
