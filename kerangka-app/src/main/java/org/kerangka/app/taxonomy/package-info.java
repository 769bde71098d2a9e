/** Cooperation areas and activity forms: matching free-text labels to taxonomy codes. */
@NullMarked
package org.kerangka.app.taxonomy;

import org.jspecify.annotations.NullMarked;
