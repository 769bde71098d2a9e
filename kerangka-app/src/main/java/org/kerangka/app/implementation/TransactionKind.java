package org.kerangka.app.implementation;

/** A money movement of an activity, as the IATI TransactionType codes 2, 3 and 4. */
public enum TransactionKind {
  COMMITMENT(2),
  DISBURSEMENT(3),
  EXPENDITURE(4);

  private final int iatiCode;

  TransactionKind(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The code of the IATI TransactionType code list. */
  public int iatiCode() {
    return iatiCode;
  }
}
