package org.kerangka.app.lifecycle;

/** How an agreement may continue after its term. */
public enum RenewalMode {
  /** Ends with its term; it can only be replaced by a new agreement. */
  NONE,
  /** Renews itself for another term unless a party terminates it. */
  AUTOMATIC,
  /** May be extended by a further written agreement of the parties. */
  BY_WRITTEN_AGREEMENT,
  /** May be extended by an exchange of diplomatic notes. */
  BY_EXCHANGE_OF_NOTES
}
