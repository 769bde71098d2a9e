package org.kerangka.app.search;

import java.util.List;

/** Full-text search over the registry. */
public interface Search {
  /**
   * Hits for {@code query}, best first.
   *
   * @param query what the user typed ("Tiongkok", "fotovoltaik", "Ahn Dukgeun")
   * @param limit at most this many hits
   */
  List<SearchHit> search(String query, int limit);
}
