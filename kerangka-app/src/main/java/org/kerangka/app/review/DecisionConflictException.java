package org.kerangka.app.review;

/** The group was decided already (or meanwhile): a decision is taken once; 409. */
final class DecisionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DecisionConflictException(String message) {
    super(message);
  }
}
