package org.kerangka.app.capture;

import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Article;

/**
 * A document read from a file, an upload or the API, before it is stored.
 *
 * @param origin where it came from ({@code file}, {@code file:line}, {@code file#record}, {@code
 *     upload:name}, {@code api})
 * @param article the text with its id, language, publication date and title
 * @param url the address it was published at, if known
 * @param outlet the news outlet or publisher, if known
 */
public record IncomingDocument(
    String origin, Article article, @Nullable String url, @Nullable String outlet) {}
