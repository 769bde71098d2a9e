/** Allocation-free, linear-time token scanning shared by the date and money finders. */
@NullMarked
package org.kerangka.extract.internal.text;

import org.jspecify.annotations.NullMarked;
