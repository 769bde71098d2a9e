package org.kerangka.app.implementation;

/** Where an activity stands, as the IATI ActivityStatus code list (codes 1 to 6). */
public enum ActivityStatus {
  PIPELINE(1),
  IMPLEMENTATION(2),
  FINALISATION(3),
  CLOSED(4),
  CANCELLED(5),
  SUSPENDED(6);

  private final int iatiCode;

  ActivityStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The code of the IATI ActivityStatus code list. */
  public int iatiCode() {
    return iatiCode;
  }
}
