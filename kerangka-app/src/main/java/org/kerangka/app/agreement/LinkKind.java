package org.kerangka.app.agreement;

/** How an agreement relates to an earlier one it names. */
public enum LinkKind {
  AMENDS,
  EXTENDS,
  SUPERSEDES,
  IMPLEMENTS
}
