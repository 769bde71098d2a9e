package org.kerangka.app.agreement;

/** The kind of document signed. */
public enum Instrument {
  MOU,
  AGREEMENT,
  LOI,
  PROTOCOL,
  AMENDMENT,
  OTHER
}
