package org.kerangka.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the extractor found in one article.
 *
 * @param id the article id
 * @param language the language given or detected
 * @param published the publication date given, if any
 * @param agreements the agreements reported, in order of first mention
 */
public record ExtractionResult(
    String id, Language language, @Nullable LocalDate published, List<AgreementRecord> agreements) {
  public ExtractionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    agreements = List.copyOf(agreements);
  }
}
