/** Support for the browser tests. */
@NullMarked
package org.kerangka.app.browser;

import org.jspecify.annotations.NullMarked;
