/** Turns news text into cooperation-agreement records: the public API of kerangka-extract. */
@NullMarked
package org.kerangka.extract;

import org.jspecify.annotations.NullMarked;
