/** Finds money amounts with their currency in Indonesian and English news text. */
@NullMarked
package org.kerangka.extract.internal.money;

import org.jspecify.annotations.NullMarked;
