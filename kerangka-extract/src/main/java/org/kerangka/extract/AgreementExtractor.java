package org.kerangka.extract;

import org.kerangka.extract.internal.gazetteer.Gazetteer;
import org.kerangka.extract.internal.rules.RuleExtractor;

/**
 * Reads an article and returns the cooperation agreements it reports. Immutable and thread-safe:
 * create one and share it.
 */
public final class AgreementExtractor {

  private final RuleExtractor rules;

  private AgreementExtractor(RuleExtractor rules) {
    this.rules = rules;
  }

  /** An extractor with the bundled gazetteers. */
  public static AgreementExtractor create() {
    return new AgreementExtractor(new RuleExtractor(Gazetteer.bundled()));
  }

  /** Extracts the agreements reported by {@code article}. Never throws for any text. */
  public ExtractionResult extract(Article article) {
    return rules.extract(article);
  }
}
