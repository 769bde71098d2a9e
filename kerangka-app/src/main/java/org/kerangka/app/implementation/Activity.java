package org.kerangka.app.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A programme, project or activity carried out under an agreement: what it is, which area and form
 * of cooperation it serves, when it runs, who takes part, where, and what it costs.
 */
public class Activity {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private long agreementId;
  private @Nullable Long parentId;
  private ActivityLevel level;
  private @Nullable String iatiIdentifier;
  private String title;
  private @Nullable String description;
  private @Nullable String formCode;
  private @Nullable String areaCode;
  private ActivityStatus status;
  private @Nullable LocalDate plannedStart;
  private @Nullable LocalDate plannedEnd;
  private @Nullable LocalDate actualStart;
  private @Nullable LocalDate actualEnd;
  private @Nullable String location;
  private @Nullable String country;
  private @Nullable String currency;
  private @Nullable BigDecimal budget;
  private @Nullable Integer participants;

  @MappedCollection(idColumn = "activity_id", keyColumn = "idx")
  private List<ParticipatingOrg> participatingOrgs = new ArrayList<>();

  @MappedCollection(idColumn = "activity_id", keyColumn = "idx")
  private List<ActivityTransaction> transactions = new ArrayList<>();

  @MappedCollection(idColumn = "activity_id", keyColumn = "idx")
  private List<ActivityDocument> documents = new ArrayList<>();

  @PersistenceCreator
  Activity(
      @Nullable Long id,
      @Nullable Long version,
      long agreementId,
      ActivityLevel level,
      String title,
      ActivityStatus status) {
    this.id = id;
    this.version = version;
    this.agreementId = agreementId;
    this.level = level;
    this.title = title;
    this.status = status;
  }

  /** A new activity under the agreement, in the pipeline until it is said to have started. */
  public static Activity under(long agreementId, ActivityLevel level, String title) {
    Activity activity = new Activity(null, null, agreementId, level, "-", ActivityStatus.PIPELINE);
    activity.describe(level, title, null, null);
    return activity;
  }

  public void describe(
      ActivityLevel level,
      String title,
      @Nullable String description,
      @Nullable String iatiIdentifier) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("an activity needs a title");
    }
    this.level = level;
    this.title = title.strip();
    this.description = trimmed(description);
    this.iatiIdentifier = trimmed(iatiIdentifier);
  }

  /** Hangs this activity under another one of the same agreement (or under none). */
  public void hangUnder(@Nullable Activity parent) {
    if (parent == null) {
      this.parentId = null;
      return;
    }
    if (parent.id() == null) {
      throw new IllegalArgumentException("the parent activity must be saved first");
    }
    if (parent.id().equals(id)) {
      throw new IllegalArgumentException("an activity cannot hang under itself");
    }
    if (parent.agreementId() != agreementId) {
      throw new IllegalArgumentException("the parent activity belongs to another agreement");
    }
    this.parentId = parent.id();
  }

  /** The form of cooperation and the area it serves, as taxonomy codes. */
  public void classify(@Nullable String formCode, @Nullable String areaCode) {
    this.formCode = trimmed(formCode);
    this.areaCode = trimmed(areaCode);
  }

  public void moveTo(ActivityStatus status) {
    this.status = status;
  }

  /** Planned and actual dates; an end may not come before its start. */
  public void schedule(
      @Nullable LocalDate plannedStart,
      @Nullable LocalDate plannedEnd,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd) {
    if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("the planned end cannot come before the planned start");
    }
    if (actualEnd != null && actualStart == null) {
      throw new IllegalArgumentException("an activity cannot have ended without having started");
    }
    if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
      throw new IllegalArgumentException("the actual end cannot come before the actual start");
    }
    this.plannedStart = plannedStart;
    this.plannedEnd = plannedEnd;
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
  }

  /** Where it happens: a place name and the ISO 3166-1 alpha-2 country code. */
  public void locate(@Nullable String location, @Nullable String country) {
    String code = upper(country);
    if (code != null && !COUNTRY.matcher(code).matches()) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
    }
    this.location = trimmed(location);
    this.country = code;
  }

  /** The budget in an ISO 4217 currency, and how many people take part. */
  public void budget(
      @Nullable BigDecimal amount, @Nullable String currency, @Nullable Integer participants) {
    String code = upper(currency);
    if (code != null && !CURRENCY.matcher(code).matches()) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as IDR");
    }
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("the budget cannot be negative");
    }
    if (amount != null && code == null) {
      throw new IllegalArgumentException("a budget needs its currency");
    }
    if (participants != null && participants < 0) {
      throw new IllegalArgumentException("the number of participants cannot be negative");
    }
    this.budget = amount;
    this.currency = code;
    this.participants = participants;
  }

  public void involve(List<ParticipatingOrg> organisations) {
    this.participatingOrgs = new ArrayList<>(organisations);
  }

  public void spend(List<ActivityTransaction> transactions) {
    for (ActivityTransaction t : transactions) {
      if (!CURRENCY.matcher(t.currency()).matches()) {
        throw new IllegalArgumentException("currency must be an ISO 4217 code such as IDR");
      }
    }
    this.transactions = new ArrayList<>(transactions);
  }

  public void document(List<ActivityDocument> documents) {
    this.documents = new ArrayList<>(documents);
  }

  /** The day the activity last showed life: its actual end, else its actual start. */
  public @Nullable LocalDate lastActiveOn() {
    return actualEnd != null ? actualEnd : actualStart;
  }

  public @Nullable Long id() {
    return id;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public long agreementId() {
    return agreementId;
  }

  public @Nullable Long parentId() {
    return parentId;
  }

  public ActivityLevel level() {
    return level;
  }

  public @Nullable String iatiIdentifier() {
    return iatiIdentifier;
  }

  public String title() {
    return title;
  }

  public @Nullable String description() {
    return description;
  }

  public @Nullable String formCode() {
    return formCode;
  }

  public @Nullable String areaCode() {
    return areaCode;
  }

  public ActivityStatus status() {
    return status;
  }

  public @Nullable LocalDate plannedStart() {
    return plannedStart;
  }

  public @Nullable LocalDate plannedEnd() {
    return plannedEnd;
  }

  public @Nullable LocalDate actualStart() {
    return actualStart;
  }

  public @Nullable LocalDate actualEnd() {
    return actualEnd;
  }

  public @Nullable String location() {
    return location;
  }

  public @Nullable String country() {
    return country;
  }

  public @Nullable String currency() {
    return currency;
  }

  public @Nullable BigDecimal budget() {
    return budget;
  }

  public @Nullable Integer participants() {
    return participants;
  }

  public List<ParticipatingOrg> participatingOrgs() {
    return List.copyOf(participatingOrgs);
  }

  public List<ActivityTransaction> transactions() {
    return List.copyOf(transactions);
  }

  public List<ActivityDocument> documents() {
    return List.copyOf(documents);
  }

  private static @Nullable String upper(@Nullable String value) {
    String v = trimmed(value);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  private static @Nullable String trimmed(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
