/** The agreement registry: the Agreement aggregate, its storage, service and REST API. */
@NullMarked
package org.kerangka.app.agreement;

import org.jspecify.annotations.NullMarked;
