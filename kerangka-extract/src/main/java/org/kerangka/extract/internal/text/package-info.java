/** Text clean-up stages: normalising, language guess, page-noise removal, sentence splitting. */
@NullMarked
package org.kerangka.extract.internal.text;

import org.jspecify.annotations.NullMarked;
