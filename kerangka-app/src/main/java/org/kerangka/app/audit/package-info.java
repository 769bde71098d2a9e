/**
 * The tamper-evident audit trail: every write appends a hash-chained event in the same transaction;
 * per-record history, the as-of view and the chain check.
 */
@NullMarked
package org.kerangka.app.audit;

import org.jspecify.annotations.NullMarked;
