/** The Kerangka application: registry, monitoring, ingestion, web UI, REST API and CLI. */
@NullMarked
package org.kerangka.app;

import org.jspecify.annotations.NullMarked;
