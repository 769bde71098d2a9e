package org.kerangka.extract.internal.text;

/** A span {@code [start, end)} of content in normalised text, with page noise left out. */
public record Block(int start, int end) {

  public Block {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block [" + start + ", " + end + ")");
    }
  }

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  CharSequence in(String text) {
    return text.subSequence(start, end);
  }
}
