package org.kerangka.extract.internal.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.PartyKind;

/**
 * Curated gazetteers of countries, organisations and office titles, and a fast matcher over each.
 *
 * <p>Each table is one Aho-Corasick automaton over lower-cased, normalised forms. A match must sit
 * on word boundaries (except at the edge of a form in a script written without spaces, such as Han
 * or Hangul); among overlapping matches the leftmost, then the longest, wins. Forms that are
 * acronyms (all upper case, at most five letters), that equal a common word, or that the file marks
 * with a leading {@code =} match only with their exact case.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Gazetteer {

  static final String COUNTRIES_FILE = "countries.tsv";
  static final String ORGANISATIONS_FILE = "organisations.tsv";
  static final String TITLES_FILE = "titles.tsv";

  private static final List<String> COUNTRY_HEADER = List.of("iso2", "form");
  private static final List<String> ORG_HEADER =
      List.of("id", "country", "kind", "name", "aliases", "titles", "parent");
  private static final List<String> TITLE_HEADER = List.of("title", "lang", "rank");
  private static final Set<String> LANGS = Set.of("id", "en", "any");
  private static final Set<String> RANKS = Set.of("LEADER", "DEPUTY", "OFFICIAL", "WITNESS_ONLY");
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** An organisation of the gazetteer. */
  public record OrgEntry(
      String id,
      String name,
      List<String> aliases,
      String country,
      PartyKind kind,
      List<String> titleForms,
      @Nullable String parent) {
    public OrgEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(kind, "kind");
      titleForms = List.copyOf(titleForms);
    }
  }

  /**
   * An organisation found in text.
   *
   * @param viaTitle whether the text matched a title form ("Menperin") rather than a name
   */
  public record OrgMatch(int start, int end, OrgEntry organisation, boolean viaTitle) {}

  /** A country found in text. */
  public record CountryMatch(int start, int end, String iso2) {}

  /**
   * An office title found in text.
   *
   * @param title the title as the gazetteer writes it
   * @param rank LEADER, DEPUTY, OFFICIAL or WITNESS_ONLY
   */
  public record TitleMatch(int start, int end, String title, String rank) {}

  private record OrgForm(OrgEntry organisation, boolean viaTitle) {}

  private record Title(String title, String rank) {}

  private final FormMatcher<String> countries;
  private final FormMatcher<OrgForm> organisations;
  private final FormMatcher<Title> titles;
  private final Map<String, OrgEntry> organisationsById;

  private Gazetteer(
      FormMatcher<String> countries,
      FormMatcher<OrgForm> organisations,
      FormMatcher<Title> titles,
      Map<String, OrgEntry> organisationsById) {
    this.countries = countries;
    this.organisations = organisations;
    this.titles = titles;
    this.organisationsById = Map.copyOf(organisationsById);
  }

  /** The gazetteer shipped with the library, loaded on first use and then shared. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = loadBundled();

    private static Gazetteer loadBundled() {
      try (Reader c = resource(COUNTRIES_FILE);
          Reader o = resource(ORGANISATIONS_FILE);
          Reader t = resource(TITLES_FILE)) {
        return load(c, o, t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Reader resource(String name) {
      InputStream in =
          Gazetteer.class.getResourceAsStream("/org/kerangka/extract/gazetteer/" + name);
      if (in == null) {
        throw new IllegalStateException("missing bundled gazetteer resource " + name);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }

  /**
   * Loads a gazetteer from the three tables (the readers are not closed).
   *
   * @throws IllegalArgumentException naming the file, line and problem of the first malformed row
   */
  public static Gazetteer load(Reader countries, Reader organisations, Reader titles) {
    Map<String, OrgEntry> byId = new HashMap<>();
    return new Gazetteer(
        loadCountries(countries), loadOrganisations(organisations, byId), loadTitles(titles), byId);
  }

  private static FormMatcher<String> loadCountries(Reader reader) {
    FormMatcher.Builder<String> builder = FormMatcher.builder(iso2 -> iso2);
    for (Tsv.Row row : Tsv.read(COUNTRIES_FILE, reader, COUNTRY_HEADER)) {
      String iso2 = row.cell(0);
      if (!ISO_COUNTRIES.contains(iso2)) {
        throw row.problem("unknown ISO 3166-1 alpha-2 code '" + iso2 + "'");
      }
      Marked form = Marked.of(row.cell(1));
      if (form.text.isEmpty()) {
        throw row.problem("empty form");
      }
      builder.add(
          form.text,
          form.exactCase,
          iso2,
          (added, existing) -> {
            throw row.problem("form '" + added.form() + "' already stands for " + existing.value());
          });
    }
    // The JDK's names fill in every country the file does not cover; the file wins on a clash.
    Locale indonesian = Locale.forLanguageTag("id");
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = new Locale("", iso2);
      for (Locale lang : List.of(indonesian, Locale.ENGLISH)) {
        String name = country.getDisplayCountry(lang);
        if (name.isBlank() || name.equals(iso2)) {
          continue;
        }
        builder.add(name, false, iso2, (added, existing) -> {});
        int paren = name.indexOf(" (");
        if (paren > 0) {
          builder.add(name.substring(0, paren), false, iso2, (added, existing) -> {});
        }
      }
    }
    return builder.build();
  }

  private static FormMatcher<OrgForm> loadOrganisations(Reader reader, Map<String, OrgEntry> byId) {
    List<Tsv.Row> rows = Tsv.read(ORGANISATIONS_FILE, reader, ORG_HEADER);
    Map<String, Tsv.Row> rowById = new HashMap<>();
    List<OrgEntry> entries = new ArrayList<>();
    for (Tsv.Row row : rows) {
      String id = row.cell(0);
      if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
        throw row.problem("id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
      }
      if (rowById.putIfAbsent(id, row) != null) {
        throw row.problem(
            "duplicate id '" + id + "' (first on line " + rowById.get(id).line() + ")");
      }
      String country = row.cell(1);
      if (!ISO_COUNTRIES.contains(country)) {
        throw row.problem("unknown ISO 3166-1 alpha-2 code '" + country + "'");
      }
      PartyKind kind;
      try {
        kind = PartyKind.valueOf(row.cell(2));
      } catch (IllegalArgumentException e) {
        throw row.problem("unknown kind '" + row.cell(2) + "'");
      }
      String name = Marked.of(row.cell(3)).text;
      if (name.isEmpty()) {
        throw row.problem("empty name");
      }
      String parent = row.cell(6).isEmpty() ? null : row.cell(6);
      OrgEntry entry =
          new OrgEntry(
              id,
              name,
              Tsv.list(row.cell(4)).stream().map(a -> Marked.of(a).text).toList(),
              country,
              kind,
              Tsv.list(row.cell(5)).stream().map(a -> Marked.of(a).text).toList(),
              parent);
      entries.add(entry);
      byId.put(id, entry);
    }
    FormMatcher.Builder<OrgForm> builder = FormMatcher.builder(f -> f.organisation().id());
    for (OrgEntry entry : entries) {
      Tsv.Row row = rowById.get(entry.id());
      if (entry.parent() != null) {
        if (!byId.containsKey(entry.parent())) {
          throw row.problem("unknown parent id '" + entry.parent() + "'");
        }
        if (entry.parent().equals(entry.id())) {
          throw row.problem("organisation is its own parent");
        }
      }
      List<String> names = new ArrayList<>();
      names.add(row.cell(3));
      names.addAll(Tsv.list(row.cell(4)));
      for (String raw : names) {
        addOrgForm(builder, row, raw, new OrgForm(entry, false));
      }
      for (String raw : Tsv.list(row.cell(5))) {
        addOrgForm(builder, row, raw, new OrgForm(entry, true));
      }
    }
    return builder.build();
  }

  private static void addOrgForm(
      FormMatcher.Builder<OrgForm> builder, Tsv.Row row, String raw, OrgForm value) {
    Marked form = Marked.of(raw);
    builder.add(
        form.text,
        form.exactCase,
        value,
        (added, existing) -> {
          throw row.problem(
              "form '"
                  + added.form()
                  + "' already stands for organisation '"
                  + existing.value().organisation().id()
                  + "'");
        });
  }

  private static FormMatcher<Title> loadTitles(Reader reader) {
    FormMatcher.Builder<Title> builder = FormMatcher.builder(t -> t);
    for (Tsv.Row row : Tsv.read(TITLES_FILE, reader, TITLE_HEADER)) {
      Marked form = Marked.of(row.cell(0));
      if (form.text.isEmpty()) {
        throw row.problem("empty title");
      }
      if (!LANGS.contains(row.cell(1))) {
        throw row.problem("unknown lang '" + row.cell(1) + "' (expected one of id, en, any)");
      }
      String rank = row.cell(2);
      if (!RANKS.contains(rank)) {
        throw row.problem("unknown rank '" + rank + "' (expected one of " + RANKS + ")");
      }
      builder.add(
          form.text,
          form.exactCase,
          new Title(Forms.normalise(form.text), rank),
          (added, existing) -> {
            throw row.problem(
                "title '" + added.form() + "' is already listed as " + existing.value().title());
          });
    }
    return builder.build();
  }

  /** A form as written in a file: a leading '=' asks for exact-case matching. */
  private record Marked(String text, boolean exactCase) {
    static Marked of(String cell) {
      String s = cell.strip();
      return s.startsWith("=") ? new Marked(s.substring(1).strip(), true) : new Marked(s, false);
    }
  }

  /** Organisations named or implied (by a title form) in the text, in order of position. */
  public List<OrgMatch> findOrganisations(String text) {
    List<FormMatcher.Match<OrgForm>> matches = organisations.find(text);
    List<OrgMatch> out = new ArrayList<>(matches.size());
    for (FormMatcher.Match<OrgForm> m : matches) {
      out.add(new OrgMatch(m.start(), m.end(), m.value().organisation(), m.value().viaTitle()));
    }
    return out;
  }

  /** Countries named in the text (names, short forms, adjectives), in order of position. */
  public List<CountryMatch> findCountries(String text) {
    List<FormMatcher.Match<String>> matches = countries.find(text);
    List<CountryMatch> out = new ArrayList<>(matches.size());
    for (FormMatcher.Match<String> m : matches) {
      out.add(new CountryMatch(m.start(), m.end(), m.value()));
    }
    return out;
  }

  /** Office titles in the text, in order of position. */
  public List<TitleMatch> findTitles(String text) {
    List<FormMatcher.Match<Title>> matches = titles.find(text);
    List<TitleMatch> out = new ArrayList<>(matches.size());
    for (FormMatcher.Match<Title> m : matches) {
      out.add(new TitleMatch(m.start(), m.end(), m.value().title(), m.value().rank()));
    }
    return out;
  }

  /** The organisation with this id. */
  public Optional<OrgEntry> organisation(String id) {
    return Optional.ofNullable(organisationsById.get(id));
  }

  /** The ISO 3166-1 alpha-2 code a country form stands for ("Tiongkok" gives "CN"). */
  public Optional<String> countryCode(String form) {
    return Optional.ofNullable(countries.lookup(form));
  }

  /**
   * Every form of a country the table knows (curated news forms, then the JDK's Indonesian and
   * English names), in file order; empty for a code the table does not know.
   */
  public List<String> countryForms(String iso2) {
    return countries.forms(iso2::equals);
  }

  /** How many organisations the gazetteer holds. */
  public int organisationCount() {
    return organisationsById.size();
  }

  /** All organisations, in no particular order. */
  public List<OrgEntry> organisations() {
    return List.copyOf(organisationsById.values());
  }
}
