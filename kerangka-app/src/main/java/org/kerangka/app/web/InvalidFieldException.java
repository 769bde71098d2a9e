package org.kerangka.app.web;

/** A request field is well-formed but not acceptable (unknown reference, bad period); 400. */
public final class InvalidFieldException extends RuntimeException {
  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
