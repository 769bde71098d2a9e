/**
 * Agreement lifecycle: status on a day and expiry, notice and review dates computed from the term
 * and the lifecycle events. Interim implementation by the registry branch; replaced by the
 * lifecycle branch's calculator on merge (same types and signatures).
 */
@NullMarked
package org.kerangka.app.lifecycle;

import org.jspecify.annotations.NullMarked;
