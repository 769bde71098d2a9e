package org.kerangka.extract;

/** The kind of document signed, as in the extraction schema. */
public enum Instrument {
  /** Memorandum of Understanding, nota kesepahaman. */
  MOU,
  /** Perjanjian kerja sama (PKS), agreement, contract. */
  AGREEMENT,
  /** Letter of Intent, surat pernyataan minat/kehendak. */
  LOI,
  PROTOCOL,
  /** Amendments and extensions of an existing instrument. */
  AMENDMENT,
  /** Joint declarations, statements and anything else. */
  OTHER
}
