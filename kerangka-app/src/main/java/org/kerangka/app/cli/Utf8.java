package org.kerangka.app.cli;

import org.kerangka.app.capture.DocumentFormats;
import org.kerangka.app.capture.UnreadableDocumentException;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8 {
  private Utf8() {}

  /**
   * The text of {@code bytes}, without a leading byte order mark.
   *
   * @throws UserError naming the first byte that is not valid UTF-8 and its offset
   */
  static String decode(byte[] bytes) {
    try {
      return DocumentFormats.utf8(bytes);
    } catch (UnreadableDocumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
