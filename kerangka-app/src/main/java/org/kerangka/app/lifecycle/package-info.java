/** Dates and status of a cooperation agreement over its life: entry into force, expiry, notice. */
@NullMarked
package org.kerangka.app.lifecycle;

import org.jspecify.annotations.NullMarked;
