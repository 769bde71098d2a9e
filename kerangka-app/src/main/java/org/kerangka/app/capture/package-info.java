/**
 * Capture from news: reads documents (text, JSON Lines, HTML, WARC, uploads, the API), stores each
 * once (canonical URL and content hash) with the agreements the extractor finds in it.
 */
@NullMarked
package org.kerangka.app.capture;

import org.jspecify.annotations.NullMarked;
