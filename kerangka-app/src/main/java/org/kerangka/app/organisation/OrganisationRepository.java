package org.kerangka.app.organisation;

import org.springframework.data.repository.ListCrudRepository;

/** Stores organisations with their aliases. */
public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {}
