package org.kerangka.app.lifecycle;

/** Where an agreement stands on a given day. */
public enum AgreementStatus {
  PLANNED,
  SIGNED,
  IN_FORCE,
  EXPIRING,
  EXPIRED,
  EXTENDED,
  TERMINATED
}
