package org.kerangka.app.cli;

/** A problem the user can fix (bad folder, unwritable output); reported in one line, exit 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}
