package org.kerangka.app.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.RenewalMode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the agreement form edits: titles, instrument, signing, term, areas and notes, with the
 * version the user started from. A mutable bean because form binding and re-display need one. Error
 * messages come from the message codes of the constraints ({@code NotBlank}, {@code Size} ...) in
 * {@code messages*.properties}.
 */
public class AgreementForm {
  private @Nullable Long version;
  private @Nullable @NotBlank @Size(max = 500) String titleId;
  private @Nullable @Size(max = 500) String titleEn;
  private @Nullable @NotNull Instrument instrument = Instrument.MOU;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate signedOn;

  private @Nullable @Size(max = 200) String place;
  private @Nullable @Min(1) @Max(99) Integer termYears;
  private @Nullable @NotNull RenewalMode renewal = RenewalMode.NONE;
  private @Nullable @Min(0) @Max(120) Integer noticeMonths;
  private @Nullable @Size(max = 4000) String areas;
  private @Nullable @Size(max = 4000) String notes;
  private List<Long> partyIds = new ArrayList<>();

  /** The form filled with an agreement's current values. */
  static AgreementForm of(Agreement agreement) {
    AgreementForm form = new AgreementForm();
    form.version = agreement.version();
    form.titleId = agreement.titleId();
    form.titleEn = agreement.titleEn();
    form.instrument = agreement.instrument();
    form.signedOn = agreement.signedOn();
    form.place = agreement.place();
    Period term = agreement.term().term();
    form.termYears = term == null ? null : wholeYears(term);
    form.renewal = agreement.renewalMode();
    Period notice = agreement.term().noticePeriod();
    form.noticeMonths = notice == null ? null : (int) notice.toTotalMonths();
    form.areas = String.join("\n", agreement.areas().stream().map(AgreementArea::label).toList());
    form.notes = agreement.notes();
    form.partyIds =
        new ArrayList<>(agreement.parties().stream().map(p -> p.organisationId()).toList());
    return form;
  }

  private static @Nullable Integer wholeYears(Period term) {
    // a term that is not a whole number of years is rounded up, so it is never shortened silently
    long months = term.toTotalMonths() + (term.getDays() > 0 ? 1 : 0);
    return (int) ((months + 11) / 12);
  }

  /** Whether the notice period would be longer than the term. */
  boolean noticeLongerThanTerm() {
    return termYears != null && noticeMonths != null && noticeMonths > termYears * 12;
  }

  @Nullable Period term() {
    return termYears == null ? null : Period.ofYears(termYears);
  }

  @Nullable Period noticePeriod() {
    return noticeMonths == null ? null : Period.ofMonths(noticeMonths);
  }

  /**
   * The areas, one per line, without blanks or repeats; an area that keeps its label keeps its
   * taxonomy code.
   */
  List<AgreementArea> areasFrom(List<AgreementArea> current) {
    Set<String> seen = new LinkedHashSet<>();
    List<AgreementArea> result = new ArrayList<>();
    for (String line : (areas == null ? "" : areas).split("\\R")) {
      String label = line.strip();
      if (label.isEmpty() || !seen.add(label.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String code =
          current.stream()
              .filter(a -> a.label().equalsIgnoreCase(label))
              .map(AgreementArea::areaCode)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      result.add(new AgreementArea(code, label));
    }
    return result;
  }

  public @Nullable Long getVersion() {
    return version;
  }

  public void setVersion(@Nullable Long version) {
    this.version = version;
  }

  public @Nullable String getTitleId() {
    return titleId;
  }

  public void setTitleId(@Nullable String titleId) {
    this.titleId = titleId;
  }

  public @Nullable String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(@Nullable String titleEn) {
    this.titleEn = titleEn;
  }

  public @Nullable Instrument getInstrument() {
    return instrument;
  }

  public void setInstrument(@Nullable Instrument instrument) {
    this.instrument = instrument;
  }

  public @Nullable LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(@Nullable LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public @Nullable String getPlace() {
    return place;
  }

  public void setPlace(@Nullable String place) {
    this.place = place;
  }

  public @Nullable Integer getTermYears() {
    return termYears;
  }

  public void setTermYears(@Nullable Integer termYears) {
    this.termYears = termYears;
  }

  public @Nullable RenewalMode getRenewal() {
    return renewal;
  }

  public void setRenewal(@Nullable RenewalMode renewal) {
    this.renewal = renewal;
  }

  public @Nullable Integer getNoticeMonths() {
    return noticeMonths;
  }

  public void setNoticeMonths(@Nullable Integer noticeMonths) {
    this.noticeMonths = noticeMonths;
  }

  public @Nullable String getAreas() {
    return areas;
  }

  public void setAreas(@Nullable String areas) {
    this.areas = areas;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  public List<Long> getPartyIds() {
    return partyIds;
  }

  public void setPartyIds(@Nullable List<Long> partyIds) {
    this.partyIds = partyIds == null ? new ArrayList<>() : partyIds;
  }
}
