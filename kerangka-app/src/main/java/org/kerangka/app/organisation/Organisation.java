package org.kerangka.app.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** An organisation: names in Indonesian, English and the partner's language, and its aliases. */
public class Organisation {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private @Nullable String nameId;
  private @Nullable String nameEn;
  private @Nullable String namePartner;
  private OrganisationKind kind;
  private @Nullable String country;
  private @Nullable Long parentId;

  @MappedCollection(idColumn = "organisation_id", keyColumn = "idx")
  private List<OrganisationAlias> aliases = new ArrayList<>();

  @PersistenceCreator
  Organisation(@Nullable Long id, @Nullable Long version, OrganisationKind kind) {
    this.id = id;
    this.version = version;
    this.kind = kind;
  }

  /** A new organisation; at least one of the names must be given. */
  public static Organisation named(
      @Nullable String nameId,
      @Nullable String nameEn,
      @Nullable String namePartner,
      OrganisationKind kind,
      @Nullable String country) {
    Organisation organisation = new Organisation(null, null, kind);
    organisation.rename(nameId, nameEn, namePartner);
    organisation.locateIn(country);
    return organisation;
  }

  public void rename(@Nullable String nameId, @Nullable String nameEn, @Nullable String partner) {
    if (blank(nameId) && blank(nameEn) && blank(partner)) {
      throw new IllegalArgumentException("an organisation needs at least one name");
    }
    this.nameId = trimmed(nameId);
    this.nameEn = trimmed(nameEn);
    this.namePartner = trimmed(partner);
  }

  public void locateIn(@Nullable String isoCountry) {
    String value = trimmed(isoCountry);
    if (value != null) {
      value = value.toUpperCase(Locale.ROOT);
      if (!COUNTRY.matcher(value).matches()) {
        throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
      }
    }
    this.country = value;
  }

  public void classifyAs(OrganisationKind kind) {
    this.kind = kind;
  }

  public void placeUnder(@Nullable Long parentId) {
    if (parentId != null && parentId.equals(id)) {
      throw new IllegalArgumentException("an organisation cannot be its own parent");
    }
    this.parentId = parentId;
  }

  /** Replaces the aliases, dropping blanks, duplicates and repeats of the names. */
  public void knownAs(List<String> aliases) {
    List<OrganisationAlias> kept = new ArrayList<>();
    List<String> seen = new ArrayList<>(names());
    for (String alias : aliases) {
      String value = trimmed(alias);
      if (value != null && seen.stream().noneMatch(value::equalsIgnoreCase)) {
        seen.add(value);
        kept.add(new OrganisationAlias(value));
      }
    }
    this.aliases = kept;
  }

  /** True when the name equals one of the names or aliases, ignoring case. */
  public boolean answersTo(String name) {
    String value = name.strip();
    return names().stream().anyMatch(value::equalsIgnoreCase)
        || aliases().stream().anyMatch(value::equalsIgnoreCase);
  }

  /** The name to show: Indonesian, else English, else the partner's. */
  public String displayName() {
    if (nameId != null) {
      return nameId;
    }
    return nameEn != null ? nameEn : String.valueOf(namePartner);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {nameId, nameEn, namePartner}) {
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  public @Nullable Long id() {
    return id;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public @Nullable String nameId() {
    return nameId;
  }

  public @Nullable String nameEn() {
    return nameEn;
  }

  public @Nullable String namePartner() {
    return namePartner;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public @Nullable String country() {
    return country;
  }

  public @Nullable Long parentId() {
    return parentId;
  }

  public List<String> aliases() {
    return aliases.stream().map(OrganisationAlias::alias).toList();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static @Nullable String trimmed(@Nullable String value) {
    return blank(value) ? null : value.strip();
  }
}
