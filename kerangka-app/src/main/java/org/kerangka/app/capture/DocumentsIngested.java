package org.kerangka.app.capture;

import java.util.List;

/** New documents were stored (with their mentions); grouping should look at them. */
public record DocumentsIngested(List<Long> documentIds) {
  public DocumentsIngested {
    documentIds = List.copyOf(documentIds);
  }
}
