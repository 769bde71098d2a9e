package org.kerangka.app.implementation;

import org.springframework.data.relational.core.mapping.Table;

/** An organisation taking part in an activity, in one role. */
@Table("activity_participating_org")
public record ParticipatingOrg(long organisationId, OrganisationRole role) {}
