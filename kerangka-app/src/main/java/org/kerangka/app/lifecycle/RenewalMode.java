package org.kerangka.app.lifecycle;

/** How an agreement's term is renewed. */
public enum RenewalMode {
  NONE,
  AUTOMATIC,
  BY_WRITTEN_AGREEMENT,
  BY_EXCHANGE_OF_NOTES
}
