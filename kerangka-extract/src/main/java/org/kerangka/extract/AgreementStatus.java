package org.kerangka.extract;

/** Whether the text reports the signing as done or as planned. */
public enum AgreementStatus {
  SIGNED,
  PLANNED
}
