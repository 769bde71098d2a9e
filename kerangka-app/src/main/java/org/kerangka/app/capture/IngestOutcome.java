package org.kerangka.app.capture;

import java.util.List;

/**
 * What storing a batch of documents did.
 *
 * @param documents per document in input order: its id and whether it was new
 * @param stored documents stored now
 * @param known documents skipped because they were stored before (same URL or same text)
 * @param agreements agreement mentions the extractor found in the stored documents
 */
public record IngestOutcome(List<Stored> documents, int stored, int known, int agreements) {

  /** One document: its id, whether this call stored it, and its mentions when it did. */
  public record Stored(long id, boolean created, int agreements) {}

  public IngestOutcome {
    documents = List.copyOf(documents);
  }

  public List<Long> createdIds() {
    return documents.stream().filter(Stored::created).map(Stored::id).toList();
  }
}
