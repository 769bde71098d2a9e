/** People who sign agreements and the positions they hold. */
@NullMarked
package org.kerangka.app.person;

import org.jspecify.annotations.NullMarked;
