package org.kerangka.app.implementation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the activity form edits, with the version the user started from. Participating organisations
 * are chosen as implementing and funding organisations; other roles, transactions and documents are
 * kept as stored (the API edits them).
 */
public class ActivityForm {
  private @Nullable Long version;
  private ActivityLevel level = ActivityLevel.ACTIVITY;
  private @NotBlank @Size(max = 500) @Nullable String title;
  private @Size(max = 10000) @Nullable String description;
  private @Nullable Long parentId;
  private @Nullable String formCode;
  private @Nullable String areaCode;
  private ActivityStatus status = ActivityStatus.PIPELINE;
  private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedStart;
  private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedEnd;
  private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actualStart;
  private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actualEnd;
  private @Size(max = 300) @Nullable String location;
  private @Pattern(regexp = "([A-Za-z]{2})?") @Nullable String country;
  private @Pattern(regexp = "([A-Za-z]{3})?") @Nullable String currency;
  private @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Nullable BigDecimal budget;
  private @PositiveOrZero @Nullable Integer participants;
  private List<Long> implementingIds = new ArrayList<>();
  private List<Long> fundingIds = new ArrayList<>();

  static ActivityForm of(Activity a) {
    ActivityForm f = new ActivityForm();
    f.version = a.version();
    f.level = a.level();
    f.title = a.title();
    f.description = a.description();
    f.parentId = a.parentId();
    f.formCode = a.formCode();
    f.areaCode = a.areaCode();
    f.status = a.status();
    f.plannedStart = a.plannedStart();
    f.plannedEnd = a.plannedEnd();
    f.actualStart = a.actualStart();
    f.actualEnd = a.actualEnd();
    f.location = a.location();
    f.country = a.country();
    f.currency = a.currency();
    f.budget = a.budget();
    f.participants = a.participants();
    for (ParticipatingOrg p : a.participatingOrgs()) {
      if (p.role() == OrganisationRole.IMPLEMENTING) {
        f.implementingIds.add(p.organisationId());
      } else if (p.role() == OrganisationRole.FUNDING) {
        f.fundingIds.add(p.organisationId());
      }
    }
    return f;
  }

  /** The request for the service; {@code stored} keeps what the form does not edit. */
  ActivityRequest request(@Nullable Activity stored) {
    List<ActivityRequest.ParticipantRequest> orgs = new ArrayList<>();
    implementingIds.stream()
        .distinct()
        .forEach(
            id ->
                orgs.add(
                    new ActivityRequest.ParticipantRequest(id, OrganisationRole.IMPLEMENTING)));
    fundingIds.stream()
        .distinct()
        .forEach(
            id -> orgs.add(new ActivityRequest.ParticipantRequest(id, OrganisationRole.FUNDING)));
    List<ActivityRequest.TransactionRequest> transactions = new ArrayList<>();
    List<ActivityRequest.DocumentRequest> documents = new ArrayList<>();
    String iati = null;
    if (stored != null) {
      stored.participatingOrgs().stream()
          .filter(
              p ->
                  p.role() == OrganisationRole.ACCOUNTABLE
                      || p.role() == OrganisationRole.EXTENDING)
          .forEach(
              p -> orgs.add(new ActivityRequest.ParticipantRequest(p.organisationId(), p.role())));
      stored
          .transactions()
          .forEach(
              t ->
                  transactions.add(
                      new ActivityRequest.TransactionRequest(
                          t.kind(), t.occurredOn(), t.amount(), t.currency(), t.description())));
      stored
          .documents()
          .forEach(
              d ->
                  documents.add(
                      new ActivityRequest.DocumentRequest(
                          d.url(), d.title(), d.category(), d.publishedOn())));
      iati = stored.iatiIdentifier();
    }
    return new ActivityRequest(
        level,
        String.valueOf(title),
        description,
        iati,
        parentId,
        blank(formCode),
        blank(areaCode),
        status,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        location,
        blank(country),
        blank(currency),
        budget,
        participants,
        orgs,
        transactions,
        documents);
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public @Nullable Long getVersion() {
    return version;
  }

  public void setVersion(@Nullable Long version) {
    this.version = version;
  }

  public ActivityLevel getLevel() {
    return level;
  }

  public void setLevel(ActivityLevel level) {
    this.level = level;
  }

  public @Nullable String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable Long getParentId() {
    return parentId;
  }

  public void setParentId(@Nullable Long parentId) {
    this.parentId = parentId;
  }

  public @Nullable String getFormCode() {
    return formCode;
  }

  public void setFormCode(@Nullable String formCode) {
    this.formCode = formCode;
  }

  public @Nullable String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(@Nullable String areaCode) {
    this.areaCode = areaCode;
  }

  public ActivityStatus getStatus() {
    return status;
  }

  public void setStatus(ActivityStatus status) {
    this.status = status;
  }

  public @Nullable LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(@Nullable LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public @Nullable LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public @Nullable LocalDate getActualStart() {
    return actualStart;
  }

  public void setActualStart(@Nullable LocalDate actualStart) {
    this.actualStart = actualStart;
  }

  public @Nullable LocalDate getActualEnd() {
    return actualEnd;
  }

  public void setActualEnd(@Nullable LocalDate actualEnd) {
    this.actualEnd = actualEnd;
  }

  public @Nullable String getLocation() {
    return location;
  }

  public void setLocation(@Nullable String location) {
    this.location = location;
  }

  public @Nullable String getCountry() {
    return country;
  }

  public void setCountry(@Nullable String country) {
    this.country = country;
  }

  public @Nullable String getCurrency() {
    return currency;
  }

  public void setCurrency(@Nullable String currency) {
    this.currency = currency;
  }

  public @Nullable BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(@Nullable BigDecimal budget) {
    this.budget = budget;
  }

  public @Nullable Integer getParticipants() {
    return participants;
  }

  public void setParticipants(@Nullable Integer participants) {
    this.participants = participants;
  }

  public List<Long> getImplementingIds() {
    return implementingIds;
  }

  public void setImplementingIds(List<Long> ids) {
    this.implementingIds = ids == null ? new ArrayList<>() : ids;
  }

  public List<Long> getFundingIds() {
    return fundingIds;
  }

  public void setFundingIds(List<Long> ids) {
    this.fundingIds = ids == null ? new ArrayList<>() : ids;
  }
}
