package org.kerangka.app.search;

/** The search index as a whole, for tools that change the registry in bulk. */
public interface SearchIndex {
  /**
   * Replaces the index with every record now in the database.
   *
   * @return how many records it holds
   */
  int rebuild();
}
