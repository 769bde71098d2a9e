package org.kerangka.extract;

/**
 * A span of the original article text that supports a record.
 *
 * @param start 0-based start offset (Java {@code String} index) in the text as given
 * @param end end offset, exclusive
 * @param field which field the span supports ({@code agreement}, {@code parties}, {@code signed_on}
 *     ...)
 */
public record Evidence(int start, int end, String field) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
  }
}
