package org.kerangka.app.monitoring;

import java.util.List;

/**
 * The area × activity-form coverage matrix: how many activities serve each area in each form.
 * Committed areas (an agreement's own areas) without any activity are flagged.
 *
 * @param forms the columns: activity form codes with their names
 * @param rows one per area: code, name, whether it is committed and the counts per column
 */
public record Coverage(List<Label> forms, List<AreaRow> rows) {

  public record Label(String code, String name) {}

  /**
   * @param committed how many agreements commit to this area (for one agreement: 1 or 0)
   * @param counts activities per form, in the order of {@link Coverage#forms()}
   * @param total activities in this area, all forms
   * @param gap committed to, but nothing is happening in it
   */
  public record AreaRow(
      String code, String name, long committed, List<Long> counts, long total, boolean gap) {

    static AreaRow of(String code, String name, long committed, List<Long> counts) {
      long total = counts.stream().mapToLong(Long::longValue).sum();
      return new AreaRow(
          code, name, committed, List.copyOf(counts), total, committed > 0 && total == 0);
    }
  }

  /** The count in a cell, 0 when the area or form is not in the matrix. */
  public long cell(String areaCode, String formCode) {
    int column = -1;
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).code().equals(formCode)) {
        column = i;
      }
    }
    if (column < 0) {
      return 0;
    }
    for (AreaRow row : rows) {
      if (row.code().equals(areaCode)) {
        return row.counts().get(column);
      }
    }
    return 0;
  }

  /** The areas committed to with nothing happening in them. */
  public List<AreaRow> gaps() {
    return rows.stream().filter(AreaRow::gap).toList();
  }
}
