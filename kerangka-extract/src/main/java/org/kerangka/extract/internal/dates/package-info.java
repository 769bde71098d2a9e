/** Finds date expressions in Indonesian and English news text and resolves them to dates. */
@NullMarked
package org.kerangka.extract.internal.dates;

import org.jspecify.annotations.NullMarked;
