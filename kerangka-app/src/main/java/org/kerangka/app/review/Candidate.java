package org.kerangka.app.review;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.CountryNames;

/**
 * What grouping compares of one mention: its block (status, instrument, party countries), a day,
 * the names each party answers to, and word sets of signatories, place and event, and areas.
 *
 * @param day the signing day, else the publication day, as epoch day; {@code Long.MIN_VALUE} when
 *     neither is known
 */
record Candidate(
    long mentionId,
    long documentId,
    String block,
    long day,
    List<Set<String>> parties,
    Set<String> signatories,
    Set<String> placeAndEvent,
    Set<String> areas,
    @Nullable String value,
    long[] minhash) {

  static final long NO_DAY = Long.MIN_VALUE;

  static Candidate of(
      long mentionId,
      long documentId,
      MentionFacts facts,
      @Nullable LocalDate published,
      long[] minhash) {
    List<String> countries = new ArrayList<>();
    List<Set<String>> parties = new ArrayList<>();
    for (MentionFacts.PartyFact party : facts.parties()) {
      countries.add(party.country() == null ? "??" : party.country());
      Set<String> countryForms = new HashSet<>();
      if (party.country() != null) {
        for (String form : CountryNames.formsOf(party.country())) {
          countryForms.add(key(form));
        }
      }
      Set<String> names = new HashSet<>();
      names.add(key(party.name()));
      for (String alias : party.aliases()) {
        String k = key(alias);
        if (!k.isEmpty() && !countryForms.contains(k)) {
          names.add(k);
        }
      }
      parties.add(names);
    }
    countries.sort(null);
    Set<String> signatories = new HashSet<>();
    for (MentionFacts.SignatoryFact s : facts.signatories()) {
      signatories.addAll(words(s.name().replace("-", "")));
    }
    Set<String> placeAndEvent = new HashSet<>();
    if (facts.place() != null) {
      placeAndEvent.addAll(words(facts.place()));
    }
    if (facts.event() != null) {
      placeAndEvent.addAll(words(facts.event()));
    }
    Set<String> areas = new HashSet<>();
    for (String area : facts.areas()) {
      areas.addAll(words(area));
    }
    LocalDate day = facts.signedOn() != null ? facts.signedOn() : published;
    String value =
        facts.valueAmount() == null
            ? null
            : new java.math.BigDecimal(facts.valueAmount()).stripTrailingZeros().toPlainString()
                + " "
                + facts.valueCurrency();
    return new Candidate(
        mentionId,
        documentId,
        facts.status() + "|" + facts.instrument() + "|" + String.join(" ", countries),
        day == null ? NO_DAY : day.toEpochDay(),
        parties,
        signatories,
        placeAndEvent,
        areas,
        value,
        minhash);
  }

  /** Lower case, no accents, words separated by single spaces. */
  static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return String.join(" ", words(plain));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
        words.add(w);
      }
    }
    return words;
  }
}
