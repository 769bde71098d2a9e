/** Synthetic registries for benchmarks: deterministic organisations, people, events, agreements. */
@NullMarked
package org.kerangka.app.generator;

import org.jspecify.annotations.NullMarked;
