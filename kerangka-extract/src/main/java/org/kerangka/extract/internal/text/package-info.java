/**
 * Text stages of the pipeline: normaliser with an offset map, page-noise filter, language guess,
 * sentence splitter, and the shared token scanner used by the date and money finders.
 */
@NullMarked
package org.kerangka.extract.internal.text;

import org.jspecify.annotations.NullMarked;
