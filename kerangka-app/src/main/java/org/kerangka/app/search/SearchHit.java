package org.kerangka.app.search;

/**
 * One search result.
 *
 * @param kind {@code agreement}, {@code organisation} or {@code person}
 * @param id the record's id
 * @param title what to show as the link text
 * @param snippetHtml a short excerpt with the matched words in {@code <mark>}; HTML-escaped apart
 *     from the marks
 * @param score relevance, higher is better
 */
public record SearchHit(String kind, long id, String title, String snippetHtml, float score) {}
