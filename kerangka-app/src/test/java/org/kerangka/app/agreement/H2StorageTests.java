package org.kerangka.app.agreement;

import org.kerangka.app.RegistryTest;

/** The storage contract on the embedded H2 database in PostgreSQL mode. */
@RegistryTest
class H2StorageTests extends RegistryStorageContract {}
