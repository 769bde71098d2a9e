package org.kerangka.app.implementation;

/** How an indicator is measured, as the IATI IndicatorMeasure code list (1 to 5). */
public enum IndicatorMeasure {
  UNIT,
  PERCENTAGE,
  NOMINAL,
  ORDINAL,
  QUALITATIVE
}
