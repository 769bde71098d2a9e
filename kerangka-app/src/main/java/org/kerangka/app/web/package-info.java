/** Shared REST plumbing: problem details for errors, pages, ETags. */
@NullMarked
package org.kerangka.app.web;

import org.jspecify.annotations.NullMarked;
