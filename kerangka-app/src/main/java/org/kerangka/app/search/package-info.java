/** Full-text search over agreements, organisations and people. */
@NullMarked
package org.kerangka.app.search;

import org.jspecify.annotations.NullMarked;
