package org.kerangka.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kerangka.app.capture.MinHash;
import org.kerangka.extract.AgreementExtractor;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.Article;
import org.kerangka.extract.ExtractionJson;
import org.kerangka.extract.ExtractionResult;

class GrouperTests {
  private static long mentions;

  /** The candidates of every agreement the extractor finds in the resource article. */
  private static List<Candidate> candidates(long documentId, String resource) {
    var document = CaptureFixtures.document(resource);
    Article article = document.article();
    ExtractionResult result = AgreementExtractor.create().extract(article);
    List<Candidate> candidates = new ArrayList<>();
    for (AgreementRecord record : result.agreements()) {
      String json =
          ExtractionJson.toJson(
              new ExtractionResult(
                  result.id(), result.language(), result.published(), List.of(record)));
      candidates.add(
          Candidate.of(
              mentions++,
              documentId,
              MentionFacts.parse(json),
              article.published(),
              MinHash.signature(article.text())));
    }
    return candidates;
  }

  private static List<List<Long>> documentsPerGroup(List<Candidate> all) {
    return Grouper.group(all).stream()
        .map(g -> g.stream().map(Candidate::documentId).sorted().toList())
        .toList();
  }

  @Test
  void theSeedAndAWireRewriteGiveTwoGroupsOfTwo() {
    List<Candidate> all = new ArrayList<>(candidates(1, CaptureFixtures.SEED));
    all.addAll(candidates(2, CaptureFixtures.WIRE));
    assertThat(all).hasSize(4);
    assertThat(documentsPerGroup(all)).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(1L, 2L));
  }

  @Test
  void twoAgreementsOfOneArticleAreNeverOneGroup() {
    List<Candidate> seed = candidates(1, CaptureFixtures.SEED);
    // even when the second carries the parties of the first, one document reports two
    Candidate a = seed.get(0);
    Candidate twin =
        new Candidate(
            99,
            a.documentId(),
            a.block(),
            a.day(),
            a.parties(),
            a.signatories(),
            a.placeAndEvent(),
            a.areas(),
            a.value(),
            a.minhash());
    assertThat(Grouper.score(a, twin)).isZero();
    assertThat(Grouper.group(List.of(a, twin))).hasSize(2);
  }

  @Test
  void differentPartnersAtOneEventStayApartSameSigningFromTwoOutletsJoins() {
    List<Candidate> d017 = candidates(17, "capture/dev/D017");
    List<Candidate> d025 = candidates(25, "capture/dev/D025");
    List<Candidate> all = new ArrayList<>(d017);
    all.addAll(d025);
    assertThat(documentsPerGroup(all))
        .containsExactlyInAnyOrder(List.of(17L, 25L), List.of(17L, 25L));
    // the MOTIE MoU and the POSCO MoU share the event and date but not the parties
    assertThat(Grouper.score(d017.get(0), d025.get(1))).isZero();
  }

  @Test
  void aPlanAndALaterSigningAreDifferentBlocks() {
    Candidate planned = candidates(8, "capture/dev/D008").get(0);
    Candidate signed = candidates(33, "capture/dev/D033").get(0);
    assertThat(planned.block()).startsWith("PLANNED|").isNotEqualTo(signed.block());
    assertThat(Grouper.group(List.of(planned, signed))).hasSize(2);
  }

  @Test
  void datesFarApartAreNotCompared() {
    Candidate a = candidates(1, "capture/dev/D001").get(0);
    Candidate later = shifted(a, 2, 30);
    Candidate nextDay = shifted(a, 3, 1);
    assertThat(documentsPerGroup(List.of(a, later, nextDay)))
        .containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
  }

  @Test
  void syntheticGroupingFindsTheReportedAgreements() {
    List<Candidate> synthetic = GroupingBench.synthetic(3000, 1);
    List<List<Candidate>> groups = Grouper.group(synthetic);
    // about three reports per agreement: far fewer groups than candidates, never one per pair
    assertThat(groups.size()).isBetween(700, 1500);
    assertThat(groups).allMatch(g -> g.stream().map(Candidate::block).distinct().count() == 1);
  }

  private static Candidate shifted(Candidate c, long document, @Nullable Integer days) {
    return new Candidate(
        mentions++,
        document,
        c.block(),
        LocalDate.ofEpochDay(c.day()).plusDays(days).toEpochDay(),
        c.parties(),
        c.signatories(),
        c.placeAndEvent(),
        c.areas(),
        c.value(),
        new long[0]);
  }
}
