package org.kerangka.extract.internal.rules;

import org.jspecify.annotations.Nullable;

/**
 * A person known in the document, with the title the text gives and the organisation it implies.
 */
final class Person {
  final String name;
  @Nullable String title;
  @Nullable DocOrg org;

  /** LEADER, DEPUTY, OFFICIAL or WITNESS_ONLY. */
  String rank;

  Person(String name, @Nullable String title, @Nullable DocOrg org, String rank) {
    this.name = name;
    this.title = title;
    this.org = org;
    this.rank = rank;
  }

  @Override
  public String toString() {
    return name + " (" + title + ")";
  }
}
