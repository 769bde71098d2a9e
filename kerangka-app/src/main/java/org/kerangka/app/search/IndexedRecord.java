package org.kerangka.app.search;

/**
 * What the index holds of one registry record.
 *
 * @param kind {@code agreement}, {@code organisation} or {@code person}
 * @param id the record's id
 * @param title what a hit shows as its link text
 * @param body everything else that can be searched, items separated by " · "
 * @param countries ISO codes and every name of the countries involved
 */
record IndexedRecord(String kind, long id, String title, String body, String countries) {
  static final String SEPARATOR = " · ";

  String key() {
    return key(kind, id);
  }

  static String key(String kind, long id) {
    return kind + ":" + id;
  }
}
