/**
 * Review of captured agreements: groups the mentions of one real agreement across documents, puts
 * each group before a reviewer with the evidence, and records decisions and field provenance.
 */
@NullMarked
package org.kerangka.app.review;

import org.jspecify.annotations.NullMarked;
