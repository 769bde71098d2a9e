package org.kerangka.app.search;

import java.util.List;

/**
 * What the index holds of one registry record.
 *
 * @param kind {@code agreement}, {@code organisation} or {@code person}
 * @param id the record's id
 * @param title what a hit shows as its link text
 * @param body everything else that can be searched, one item per name, label or note
 * @param countries ISO codes and every name of the countries involved
 */
record IndexedRecord(
    String kind, long id, String title, List<String> body, List<String> countries) {
  /** Between items where they are shown as one text. */
  static final String SEPARATOR = " · ";

  IndexedRecord {
    body = List.copyOf(body);
    countries = List.copyOf(countries);
  }

  String key() {
    return key(kind, id);
  }

  static String key(String kind, long id) {
    return kind + ":" + id;
  }
}
