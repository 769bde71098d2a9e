package org.kerangka.app.web;

/** A resource addressed by id does not exist; answered with 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what, long id) {
    super(what + " " + id + " does not exist");
  }
}
