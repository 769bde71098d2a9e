package org.kerangka.extract;

/** The kind of organisation that is party to an agreement. */
public enum PartyKind {
  GOVERNMENT,
  COMPANY,
  ACADEMIC,
  RESEARCH,
  ASSOCIATION,
  OTHER
}
