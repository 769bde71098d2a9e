/** The extraction pipeline's stages; not part of the API. */
@NullMarked
package org.kerangka.extract.internal;

import org.jspecify.annotations.NullMarked;
