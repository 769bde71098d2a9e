package org.kerangka.extract.internal.text;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Normalised text with a map back to the original string's offsets.
 *
 * <p>Most characters map one to one, so the map stores only the exceptions ("edits"): for each
 * normalised char whose source is not the next original char, where its source starts and ends.
 * Between edits, offsets shift by a constant. Plain ASCII text has no edits at all, so the map
 * costs nothing; a 10 MB text costs memory in proportion to its changed characters only. Chars that
 * normalisation removed (zero-width chars) belong to no normalised char, so a mapped span never
 * starts or ends with them.
 */
public final class NormalizedText {
  private final String text;
  private final int[] editAt;
  private final int[] editStart;
  private final int[] editEnd;
  private final int edits;

  private NormalizedText(String text, int[] editAt, int[] editStart, int[] editEnd, int edits) {
    this.text = Objects.requireNonNull(text, "text");
    this.editAt = editAt;
    this.editStart = editStart;
    this.editEnd = editEnd;
    this.edits = edits;
  }

  /** Text that normalisation left unchanged. */
  static NormalizedText identity(String text) {
    return new NormalizedText(text, new int[0], new int[0], new int[0], 0);
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** How many normalised chars do not map one to one (for tests and diagnostics). */
  int edits() {
    return edits;
  }

  /** The original offset where the source of normalised char {@code i} starts. */
  public int originalStart(int i) {
    int n = text.length();
    if (i < 0 || i > n) {
      throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + n);
    }
    if (i == n) {
      return n == 0 ? 0 : originalEnd(n);
    }
    int e = lastEditAtOrBefore(i);
    if (e >= 0 && editAt[e] == i) {
      return editStart[e];
    }
    return i + shiftAfter(e);
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
      return n == 0 ? 0 : originalStart(0);
    }
    int c = iEndExclusive - 1;
    int e = lastEditAtOrBefore(c);
    if (e >= 0 && editAt[e] == c) {
      return editEnd[e];
    }
    return c + shiftAfter(e) + 1;
  }

  private int shiftAfter(int e) {
    return e < 0 ? 0 : editEnd[e] - (editAt[e] + 1);
  }

  private int lastEditAtOrBefore(int i) {
    int lo = 0;
    int hi = edits - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (editAt[mid] <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NormalizedText that
        && text.equals(that.text)
        && edits == that.edits
        && Arrays.equals(editAt, 0, edits, that.editAt, 0, edits)
        && Arrays.equals(editStart, 0, edits, that.editStart, 0, edits)
        && Arrays.equals(editEnd, 0, edits, that.editEnd, 0, edits);
  }

  @Override
  public int hashCode() {
    int h = text.hashCode();
    for (int e = 0; e < edits; e++) {
      h = 31 * (31 * (31 * h + editAt[e]) + editStart[e]) + editEnd[e];
    }
    return h;
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text.length() + " chars, " + edits + " edits]";
  }

  /** Collects the source range of each normalised char, keeping only the exceptions. */
  static final class Offsets {
    private int[] at = new int[16];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int count;
    private int shift;

    /** Normalised char {@code i} comes from original chars {@code [from, to)}. */
    void add(int i, int from, int to) {
      if (from == i + shift && to == from + 1) {
        return;
      }
      push(i, from, to);
    }

    /** The last normalised char {@code i} now also covers original chars up to {@code to}. */
    void extendLast(int i, int to) {
      if (count > 0 && at[count - 1] == i) {
        end[count - 1] = to;
        shift = to - (i + 1);
      } else {
        push(i, i + shift, to);
      }
    }

    private void push(int i, int from, int to) {
      if (count == at.length) {
        at = Arrays.copyOf(at, 2 * count);
        start = Arrays.copyOf(start, 2 * count);
        end = Arrays.copyOf(end, 2 * count);
      }
      at[count] = i;
      start[count] = from;
      end[count] = to;
      count++;
      shift = to - (i + 1);
    }

    NormalizedText build(String text) {
      return new NormalizedText(
          text,
          Arrays.copyOf(at, count),
          Arrays.copyOf(start, count),
          Arrays.copyOf(end, count),
          count);
    }
  }
}
