package org.kerangka.app.web;

/** The client changed an older version than the stored one; answered with 409. */
public final class StaleVersionException extends RuntimeException {
  public StaleVersionException(long current) {
    super("the resource was changed meanwhile; the current version is " + current);
  }
}
