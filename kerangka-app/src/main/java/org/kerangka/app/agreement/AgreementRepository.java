package org.kerangka.app.agreement;

import org.springframework.data.repository.ListCrudRepository;

/** Stores agreements with their parties, signatories, areas, sources and lifecycle events. */
public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {}
