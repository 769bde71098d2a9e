package org.kerangka.app.agreement;

/** Whether an organisation is bound by an agreement or only witnesses it. */
public enum PartyRole {
  PARTY,
  WITNESS
}
