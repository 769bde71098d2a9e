/** Rules that turn analysed sentences into agreement records: tokens, organisations, people. */
@NullMarked
package org.kerangka.extract.internal.rules;

import org.jspecify.annotations.NullMarked;
