package org.kerangka.extract.internal.rules;

/**
 * An organisation named in a sentence.
 *
 * @param start normalised start offset
 * @param end normalised end offset
 * @param first first token index in the sentence
 * @param last last token index, inclusive
 * @param org the document-level organisation it refers to
 * @param surface the form as written
 */
record OrgMention(int start, int end, int first, int last, DocOrg org, String surface) {}
