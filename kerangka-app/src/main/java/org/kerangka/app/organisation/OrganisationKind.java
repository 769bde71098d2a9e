package org.kerangka.app.organisation;

/** What kind of body an organisation is. OTHER when a source does not say. */
public enum OrganisationKind {
  MINISTRY_OR_AGENCY,
  REGIONAL_GOVERNMENT,
  STATE_OWNED_COMPANY,
  COMPANY,
  UNIVERSITY,
  RESEARCH_CENTRE,
  THINK_TANK,
  CONSULTANCY,
  ASSOCIATION,
  OTHER
}
