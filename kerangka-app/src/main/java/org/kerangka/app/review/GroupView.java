package org.kerangka.app.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A candidate group as the reviewer sees it: its state, the sources (each with the article text and
 * the evidence marked), and per field the values the sources state.
 */
record GroupView(
    long id,
    String status,
    @Nullable Long agreementId,
    @Nullable Long registryMatchId,
    @Nullable String registryMatchTitle,
    String summary,
    List<SourceView> sources,
    List<FieldView> fields,
    List<DecisionView> decisions) {

  /** One report: the document and the mention in it. */
  record SourceView(
      long mentionId,
      long documentId,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String url,
      @Nullable LocalDate publishedOn,
      @Nullable String lang,
      boolean decided,
      List<Segment> text) {

    /** The outlet, else the title, else the document number. */
    public String label() {
      if (outlet != null) {
        return outlet;
      }
      return title != null ? title : "#" + documentId;
    }
  }

  /**
   * A piece of article text; marked pieces are evidence for the named fields, and {@code anchors}
   * are the ids of the fields whose evidence starts here.
   */
  record Segment(String text, boolean marked, String fields, List<String> anchors) {}

  /** A field with the distinct values the sources state, most supported first. */
  record FieldView(String code, boolean mergeable, List<Option> options) {
    /** True when the sources state different values: shown side by side. */
    public boolean disagreement() {
      return options.size() > 1;
    }
  }

  /** One value of a field and the sources that state it, with their evidence. */
  record Option(int index, String value, List<Support> sources) {}

  /** A source stating a value: the evidence span and its text. */
  record Support(
      long mentionId,
      long documentId,
      String source,
      @Nullable Integer start,
      @Nullable Integer end,
      @Nullable String evidence) {}

  /** A decision taken on the group. */
  record DecisionView(
      String decision,
      String reviewer,
      Instant decidedAt,
      @Nullable String reason,
      @Nullable Long agreementId) {}
}
