package org.kerangka.extract.internal.rules;

import org.jspecify.annotations.Nullable;

/**
 * A person (or an unnamed office holder) named in a sentence.
 *
 * @param first first token (title start)
 * @param last last token, inclusive
 * @param nameFirst first token of the name, or -1 for an unnamed title ("Menperin")
 * @param person the person, or null when only a title is given and it matches nobody known
 * @param title the title as written (with its complement)
 * @param titleOrg the organisation the title implies
 * @param rank the title's rank
 */
record PersonMention(
    int first,
    int last,
    int nameFirst,
    @Nullable Person person,
    @Nullable String title,
    @Nullable DocOrg titleOrg,
    String rank) {

  String display() {
    return person != null ? person.name : title == null ? "" : title;
  }
}
