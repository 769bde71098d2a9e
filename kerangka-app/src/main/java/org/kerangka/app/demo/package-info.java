/** Demo data: the bundled seed article run through the extractor into an empty registry. */
@NullMarked
package org.kerangka.app.demo;

import org.jspecify.annotations.NullMarked;
