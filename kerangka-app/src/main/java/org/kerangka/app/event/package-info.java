/** Events at which agreements are signed (summits, visits, forums). */
@NullMarked
package org.kerangka.app.event;

import org.jspecify.annotations.NullMarked;
