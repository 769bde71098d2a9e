package org.kerangka.app.implementation;

/** What an organisation does in an activity, as the IATI OrganisationRole code list (1 to 4). */
public enum OrganisationRole {
  FUNDING(1),
  ACCOUNTABLE(2),
  EXTENDING(3),
  IMPLEMENTING(4);

  private final int iatiCode;

  OrganisationRole(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The code of the IATI OrganisationRole code list. */
  public int iatiCode() {
    return iatiCode;
  }
}
