/** The {@code kerangka} command line: extract, bench and serve. */
@NullMarked
package org.kerangka.app.cli;

import org.jspecify.annotations.NullMarked;
