package org.kerangka.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.AgreementRecord;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer decisions bundled with the demo data: what a person decided about the extractor's
 * records before they entered the registry, as in the review queue. A decision names one record by
 * its partner country and fills only fields the extraction left empty; it never overwrites what the
 * article says. Every decision must match exactly one record, and the reason is written into that
 * agreement's notes, so the registry shows where the value came from.
 */
final class ReviewDecisions {
  static final String EXTRACTED = "Diekstrak otomatis dari artikel seed.";

  /** An extracted record after review, with the notes that explain it. */
  record Reviewed(AgreementRecord record, String notes) {}

  private record Decision(
      String partnerCountry,
      @Nullable Integer termYears,
      @Nullable Boolean extendable,
      String reason) {}

  private final String reviewer;
  private final List<Decision> decisions;

  private ReviewDecisions(String reviewer, List<Decision> decisions) {
    this.reviewer = reviewer;
    this.decisions = List.copyOf(decisions);
  }

  static ReviewDecisions parse(JsonNode root) {
    String reviewer = required(root, "reviewer", "the file");
    JsonNode list = root.get("decisions");
    if (list == null || !list.isArray()) {
      throw new IllegalStateException("demo review decisions: \"decisions\" must be an array");
    }
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where = "decision " + (i + 1);
      JsonNode term = node.get("termYears");
      JsonNode extendable = node.get("extendable");
      if (term != null && (!term.isInt() || term.asInt() <= 0)) {
        throw new IllegalStateException(
            "demo review decisions, " + where + ": termYears must be a positive whole number");
      }
      decisions.add(
          new Decision(
              required(node, "partnerCountry", where),
              term == null ? null : term.asInt(),
              extendable == null ? null : extendable.asBoolean(),
              required(node, "reason", where)));
    }
    return new ReviewDecisions(reviewer, decisions);
  }

  /**
   * The records with the decisions applied, in their original order.
   *
   * @throws IllegalStateException when a decision matches no record or several, or would change a
   *     value the article states
   */
  List<Reviewed> apply(List<AgreementRecord> records) {
    List<AgreementRecord> current = new ArrayList<>(records);
    List<StringBuilder> notes = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      notes.add(new StringBuilder(EXTRACTED));
    }
    for (Decision decision : decisions) {
      int match = onlyMatch(current, decision.partnerCountry());
      AgreementRecord record = current.get(match);
      current.set(match, applied(record, decision));
      notes
          .get(match)
          .append(' ')
          .append("Keputusan peninjau (")
          .append(reviewer)
          .append("): ")
          .append(decision.reason());
    }
    List<Reviewed> reviewed = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      reviewed.add(new Reviewed(current.get(i), notes.get(i).toString()));
    }
    return reviewed;
  }

  private static int onlyMatch(List<AgreementRecord> records, String country) {
    int found = -1;
    for (int i = 0; i < records.size(); i++) {
      boolean partner =
          records.get(i).parties().stream()
              .anyMatch(p -> country.equalsIgnoreCase(Objects.toString(p.country(), "")));
      if (partner) {
        if (found >= 0) {
          throw new IllegalStateException(
              "demo review decision for partner country "
                  + country
                  + " matches more than one extracted agreement");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalStateException(
          "demo review decision for partner country "
              + country
              + " matches none of the "
              + records.size()
              + " extracted agreements");
    }
    return found;
  }

  private static AgreementRecord applied(AgreementRecord r, Decision d) {
    Integer term = fill("termYears", d.partnerCountry(), r.termYears(), d.termYears());
    Boolean extendable = fill("extendable", d.partnerCountry(), r.extendable(), d.extendable());
    return new AgreementRecord(
        r.instrument(),
        r.status(),
        r.parties(),
        r.signatories(),
        r.signedOn(),
        r.place(),
        r.event(),
        term,
        extendable,
        r.areas(),
        r.activities(),
        r.value(),
        r.evidence());
  }

  /** The decided value where the extraction has none; the extracted one when they agree. */
  private static <T> @Nullable T fill(
      String field, String country, @Nullable T extracted, @Nullable T decided) {
    if (decided == null) {
      return extracted;
    }
    if (extracted != null && !extracted.equals(decided)) {
      throw new IllegalStateException(
          "demo review decision for partner country "
              + country
              + " would change "
              + field
              + " from the article's "
              + extracted
              + " to "
              + decided);
    }
    return decided;
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new IllegalStateException(
          "demo review decisions, " + where + ": \"" + field + "\" is missing or empty");
    }
    return value.asString();
  }
}
