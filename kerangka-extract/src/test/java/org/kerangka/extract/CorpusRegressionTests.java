package org.kerangka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The extractor on the shared corpora: the seed article, the annotated dev corpus (scored with the
 * port of score.py) and 2,146 IndoSum news articles that report almost no agreements. Each corpus
 * is read and extracted once for the class.
 */
class CorpusRegressionTests {

  private static final double MIN_DEV_AGREEMENT_F1 = 0.90;
  private static final double MIN_DEV_SLOT_F1 = 0.85;
  private static final double MIN_SEED_SLOT_F1 = 0.90;
  private static final double MAX_INDOSUM_AGREEMENTS_PER_1000 = 5.0;

  private static List<Article> seedArticles;
  private static List<ExtractionResult> seed;
  private static Map<String, JsonNode> seedGold;
  private static List<Article> devArticles;
  private static List<ExtractionResult> dev;
  private static Map<String, JsonNode> devGold;
  private static List<Article> indoSumArticles;
  private static List<ExtractionResult> indoSum;

  @BeforeAll
  static void extractTheCorpora() {
    AgreementExtractor extractor = AgreementExtractor.create();
    seedArticles = CorpusFiles.articles(CorpusFiles.SEED);
    seedGold = CorpusFiles.gold(CorpusFiles.SEED);
    seed = seedArticles.stream().map(extractor::extract).toList();
    devArticles = CorpusFiles.articles(CorpusFiles.DEV);
    devGold = CorpusFiles.gold(CorpusFiles.DEV);
    dev = devArticles.stream().map(extractor::extract).toList();
    indoSumArticles = CorpusFiles.indoSum();
    indoSum = indoSumArticles.stream().map(extractor::extract).toList();
  }

  // ------------------------------------------------------------- seed

  @Test
  void seedArticleYieldsTheChineseAndTheKoreanMouSignedOnTheEighthOfSeptember2023() {
    assertThat(seed).hasSize(1);
    List<AgreementRecord> agreements = seed.get(0).agreements();

    assertThat(agreements).hasSize(2);
    assertThat(agreements).extracting(AgreementRecord::instrument).containsOnly(Instrument.MOU);
    assertThat(agreements)
        .extracting(AgreementRecord::signedOn)
        .containsOnly(LocalDate.of(2023, 9, 8));
    assertThat(withPartyFrom(agreements, "CN")).isNotNull();
    assertThat(withPartyFrom(agreements, "KR")).isNotNull();
  }

  @Test
  void seedKoreanMouIsSignedByAhnDukgeunOnBehalfOfHisMinister() {
    AgreementRecord korean = withPartyFrom(seed.get(0).agreements(), "KR");

    assertThat(korean).isNotNull();
    assertThat(korean.signatories())
        .filteredOn(s -> s.name().equals("Ahn Dukgeun"))
        .singleElement()
        .satisfies(s -> assertThat(s.onBehalfOf()).isNotBlank());
  }

  @Test
  void seedMiitMouRunsFiveExtendableYearsOverEightAreas() {
    AgreementRecord chinese = withPartyFrom(seed.get(0).agreements(), "CN");

    assertThat(chinese).isNotNull();
    assertThat(chinese.termYears()).isEqualTo(5);
    assertThat(chinese.extendable()).isTrue();
    assertThat(chinese.areas()).hasSize(8);
  }

  @Test
  void seedSlotF1IsAtLeastNinetyPercent() {
    ExtractionScorer.Score score = ExtractionScorer.score(seedGold, seed);

    assertThat(score.slotF1())
        .withFailMessage(
            () -> failure("seed slot-F1", score.slotF1(), MIN_SEED_SLOT_F1, score.report()))
        .isGreaterThanOrEqualTo(MIN_SEED_SLOT_F1);
  }

  // ------------------------------------------------------------- dev corpus

  @Test
  void devCorpusIsReadWithItsMetadata() {
    assertThat(devArticles).hasSize(36);
    assertThat(devArticles).allSatisfy(a -> assertThat(a.published()).isNotNull());
    assertThat(devArticles).allSatisfy(a -> assertThat(a.text()).startsWith(a.title()));
    assertThat(devArticles.stream().filter(a -> a.language() == Language.EN)).hasSize(12);
    assertThat(dev).extracting(ExtractionResult::id).containsExactlyElementsOf(devGold.keySet());
  }

  @Test
  void devCorpusAgreementF1IsAtLeastNinetyPercent() {
    ExtractionScorer.Score score = ExtractionScorer.score(devGold, dev);

    assertThat(score.agreementF1())
        .withFailMessage(
            () ->
                failure(
                    "dev agreement-F1", score.agreementF1(), MIN_DEV_AGREEMENT_F1, score.report()))
        .isGreaterThanOrEqualTo(MIN_DEV_AGREEMENT_F1);
  }

  @Test
  void devCorpusSlotF1IsAtLeastEightyFivePercent() {
    ExtractionScorer.Score score = ExtractionScorer.score(devGold, dev);

    assertThat(score.slotF1())
        .withFailMessage(
            () -> failure("dev slot-F1", score.slotF1(), MIN_DEV_SLOT_F1, score.report()))
        .isGreaterThanOrEqualTo(MIN_DEV_SLOT_F1);
  }

  // ------------------------------------------------------------- IndoSum

  @Test
  void indoSumIsReadOnceForEachDistinctArticleWithoutPublicationDate() {
    assertThat(indoSumArticles).hasSize(2_146);
    assertThat(indoSumArticles).allSatisfy(a -> assertThat(a.published()).isNull());
    assertThat(indoSumArticles.get(0).text())
        .startsWith("Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi antara pelaku")
        .contains("tradisional . Zulkifli menyarankan")
        .contains(" .\n\nZulkifli menilai");
  }

  @Test
  void indoSumGeneralNewsYieldsAtMostFiveAgreementsPerThousandArticles() {
    List<String> reported = new ArrayList<>();
    int agreements = 0;
    for (ExtractionResult result : indoSum) {
      for (AgreementRecord record : result.agreements()) {
        agreements++;
        reported.add(result.id() + ": " + describe(record));
      }
    }
    double perThousand = 1000.0 * agreements / indoSum.size();

    assertThat(perThousand)
        .withFailMessage(
            () ->
                String.format(
                    Locale.ROOT,
                    "%d agreements in %d IndoSum articles (%.2f per 1,000, at most %.1f allowed):"
                        + "%n%s",
                    reported.size(),
                    indoSum.size(),
                    perThousand,
                    MAX_INDOSUM_AGREEMENTS_PER_1000,
                    String.join(System.lineSeparator(), reported)))
        .isLessThanOrEqualTo(MAX_INDOSUM_AGREEMENTS_PER_1000);
  }

  @Test
  void indoSumRealSigningsAreFound() {
    // the three IndoSum articles that do report a signed agreement (checked by hand)
    assertThat(partiesIn("1516226340-bca-gandeng-klikacc"))
        .contains("PT Bank Central Asia Tbk", "PT Aman Cermat Cepat");
    assertThat(partiesIn("1510450220-indonesia-lebanon-sepakat"))
        .contains("Kementerian Pemuda dan Olahraga")
        .anyMatch(name -> name.contains("Lebanon"));
    assertThat(partiesIn("1518776917-panahan-asian-games"))
        .contains("Persatuan Panahan Seluruh Indonesia", "Kementerian Pemuda dan Olahraga");
  }

  private static List<String> partiesIn(String idPrefix) {
    return indoSum.stream()
        .filter(r -> r.id().startsWith(idPrefix))
        .flatMap(r -> r.agreements().stream())
        .flatMap(a -> a.parties().stream())
        .map(Party::name)
        .toList();
  }

  // ------------------------------------------------------------- evidence

  @Test
  void everyEvidenceSpanIsANonEmptyPartOfTheArticleText() {
    List<String> bad = new ArrayList<>();
    checkEvidence(seedArticles, seed, bad);
    checkEvidence(devArticles, dev, bad);
    checkEvidence(indoSumArticles, indoSum, bad);

    assertThat(bad).as("evidence spans outside the text or empty").isEmpty();
  }

  private static void checkEvidence(
      List<Article> articles, List<ExtractionResult> results, List<String> bad) {
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      ExtractionResult result = results.get(i);
      assertThat(result.id()).isEqualTo(article.id());
      for (AgreementRecord record : result.agreements()) {
        for (Evidence e : record.evidence()) {
          if (e.start() < 0 || e.end() <= e.start() || e.end() > article.text().length()) {
            bad.add(
                article.id()
                    + ": "
                    + e
                    + " in a text of "
                    + article.text().length()
                    + " chars, record "
                    + describe(record));
          }
        }
      }
    }
  }

  // ------------------------------------------------------------- helpers

  private static @Nullable AgreementRecord withPartyFrom(
      List<AgreementRecord> agreements, String country) {
    return agreements.stream()
        .filter(a -> a.parties().stream().anyMatch(p -> country.equals(p.country())))
        .findFirst()
        .orElse(null);
  }

  private static String describe(AgreementRecord record) {
    return record.instrument()
        + " "
        + record.status()
        + " "
        + record.parties().stream()
            .map(p -> p.name() + " (" + p.country() + ")")
            .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String failure(String what, double got, double min, String report) {
    return String.format(
        Locale.ROOT, "%s %.3f is below %.2f. Misses and false alarms:%n%s", what, got, min, report);
  }
}
