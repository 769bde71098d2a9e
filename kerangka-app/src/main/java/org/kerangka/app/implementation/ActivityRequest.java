package org.kerangka.app.implementation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT of an activity; the pages' form fills one too. */
record ActivityRequest(
    @Nullable ActivityLevel level,
    @NotBlank @Size(max = 500) String title,
    @Size(max = 10000) @Nullable String description,
    @Size(max = 150) @Nullable String iatiIdentifier,
    @Nullable Long parentId,
    @Size(max = 40) @Nullable String formCode,
    @Size(max = 40) @Nullable String areaCode,
    @Nullable ActivityStatus status,
    @Nullable LocalDate plannedStart,
    @Nullable LocalDate plannedEnd,
    @Nullable LocalDate actualStart,
    @Nullable LocalDate actualEnd,
    @Size(max = 300) @Nullable String location,
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        @Nullable String country,
    @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as IDR")
        @Nullable String currency,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Nullable BigDecimal budget,
    @PositiveOrZero @Nullable Integer participants,
    @Nullable List<@Valid @NotNull ParticipantRequest> participatingOrgs,
    @Nullable List<@Valid @NotNull TransactionRequest> transactions,
    @Nullable List<@Valid @NotNull DocumentRequest> documents) {

  record ParticipantRequest(@NotNull Long organisationId, @NotNull OrganisationRole role) {}

  record TransactionRequest(
      @NotNull TransactionKind kind,
      @NotNull LocalDate occurredOn,
      @NotNull @Digits(integer = 17, fraction = 2) BigDecimal amount,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IDR")
          String currency,
      @Size(max = 500) @Nullable String description) {}

  record DocumentRequest(
      @NotBlank
          @Size(max = 2000)
          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
          String url,
      @Size(max = 500) @Nullable String title,
      @Pattern(
              regexp = "[A-B][0-9]{2}",
              message = "must be an IATI DocumentCategory code such as A01")
          @Nullable String category,
      @Nullable LocalDate publishedOn) {}
}
