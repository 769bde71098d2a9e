package org.kerangka.app.organisation;

/** Another name an organisation goes by: an acronym, a translation, a spelling. */
record OrganisationAlias(String alias) {}
