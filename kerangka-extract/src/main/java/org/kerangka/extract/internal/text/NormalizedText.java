package org.kerangka.extract.internal.text;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Normalised text with a map back to the original string's offsets.
 *
 * <p>{@code toOriginal} holds two entries per normalised char: at {@code 2i} the original offset
 * where the source of char {@code i} starts, at {@code 2i + 1} the original offset where it ends
 * (exclusive). Chars that normalisation removed (zero-width chars) belong to no normalised char, so
 * a mapped span never starts or ends with them.
 */
public record NormalizedText(String text, int[] toOriginal) {

  public NormalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != 2 * text.length()) {
      throw new IllegalArgumentException(
          "toOriginal needs 2 entries per char: " + toOriginal.length + " for " + text.length());
    }
  }

  /** The original offset where the source of normalised char {@code i} starts. */
  public int originalStart(int i) {
    int n = text.length();
    if (i < 0 || i > n) {
      throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + n);
    }
    if (i < n) {
      return toOriginal[2 * i];
    }
    return n == 0 ? 0 : toOriginal[2 * n - 1];
  }

  /**
   * The original offset (exclusive) where the source of the normalised span ending at {@code
   * iEndExclusive} ends: the end of the original char(s) that produced char {@code iEndExclusive -
   * 1}.
   */
  public int originalEnd(int iEndExclusive) {
    int n = text.length();
    if (iEndExclusive < 0 || iEndExclusive > n) {
      throw new IndexOutOfBoundsException("offset " + iEndExclusive + " outside 0.." + n);
    }
    if (iEndExclusive == 0) {
      return originalStart(0);
    }
    return toOriginal[2 * iEndExclusive - 1];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NormalizedText that
        && text.equals(that.text)
        && Arrays.equals(toOriginal, that.toOriginal);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Arrays.hashCode(toOriginal);
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text.length() + " chars]";
  }
}
