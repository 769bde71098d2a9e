package org.kerangka.app.capture;

/** A file or upload that cannot be read as documents; the message says why, in one line. */
public final class UnreadableDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String message) {
    super(message, null, false, false);
  }
}
