/** Curated gazetteers of countries, organisations and office titles, and their matcher. */
@NullMarked
package org.kerangka.extract.internal.gazetteer;

import org.jspecify.annotations.NullMarked;
