package org.kerangka.extract.internal.text;

/** A trimmed sentence span {@code [start, end)} in the text it was split from. */
public record Sentence(int start, int end) {

  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
    }
  }

  CharSequence in(String text) {
    return text.subSequence(start, end);
  }
}
