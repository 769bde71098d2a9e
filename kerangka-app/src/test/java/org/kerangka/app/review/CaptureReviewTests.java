package org.kerangka.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.CaptureTest;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.capture.CaptureService;
import org.kerangka.app.capture.IncomingDocument;
import org.kerangka.app.capture.IngestOutcome;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.extract.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ingesting, grouping and deciding, against the database, through the services. */
@CaptureTest
class CaptureReviewTests {
  @Autowired private CaptureService capture;
  @Autowired private ReviewService review;
  @Autowired private AgreementService agreements;
  @Autowired private JdbcClient jdbc;
  @Autowired private org.kerangka.app.audit.AuditTrail trail;

  @BeforeEach
  void clean() {
    CaptureFixtures.clean(jdbc);
  }

  /** The external ids of the documents in each group with more than one document. */
  private List<String> groupsOfSeveral() {
    return (jdbc.sql(
            "select listagg(d.external_id, '+') within group (order by d.external_id)"
                + " from capture_mention m join capture_document d on d.id = m.document_id"
                + " group by m.group_id having count(*) > 1")
        .query(String.class)
        .list());
  }

  private long groupOf(String externalId, int ordinal) {
    return jdbc.sql(
            "select m.group_id from capture_mention m join capture_document d on d.id ="
                + " m.document_id where d.external_id = :id and m.ordinal = :o")
        .param("id", externalId)
        .param("o", ordinal)
        .query(Long.class)
        .single();
  }

  @Test
  void devCorpusTwiceAddsNothingTheSecondTimeAndGroupsOnlyTheSameAgreements() {
    IngestOutcome first = capture.ingest(CaptureFixtures.devCorpus());
    GroupingSummary grouped = review.regroup();
    assertThat(first.stored()).isEqualTo(36);
    assertThat(first.agreements()).isGreaterThan(50);

    IngestOutcome second = capture.ingest(CaptureFixtures.devCorpus());
    GroupingSummary again = review.regroup();
    assertThat(second.stored()).isZero();
    assertThat(second.known()).isEqualTo(36);
    assertThat(second.documents()).allMatch(d -> !d.created());
    assertThat(capture.count()).isEqualTo(36);
    assertThat(again.openGroups()).isEqualTo(grouped.openGroups());

    // the same-event pairs from different outlets are one group each (D017/D025 in two
    // languages, with two agreements: the ministries' MoU and Krakatau Steel-POSCO)
    assertThat(groupsOfSeveral()).containsExactlyInAnyOrder("D001+D002", "D017+D025", "D017+D025");
    assertThat(groupOf("D001", 0)).isEqualTo(groupOf("D002", 0));
    // look-alikes stay apart
    for (String[] pair : new String[][] {{"D009", "D029"}, {"D008", "D033"}, {"D001", "D024"}}) {
      List<Long> a =
          jdbc.sql(
                  "select m.group_id from capture_mention m join capture_document d"
                      + " on d.id = m.document_id where d.external_id = :id")
              .param("id", pair[0])
              .query(Long.class)
              .list();
      List<Long> b =
          jdbc.sql(
                  "select m.group_id from capture_mention m join capture_document d"
                      + " on d.id = m.document_id where d.external_id = :id")
              .param("id", pair[1])
              .query(Long.class)
              .list();
      assertThat(a).as(pair[0] + " and " + pair[1]).doesNotContainAnyElementsOf(b);
    }
  }

  /** Documents and mentions as rows of text in id order, then the groups: no ids. */
  private List<String> storedState() {
    List<String> rows =
        new java.util.ArrayList<>(
            jdbc.sql(
                    "select d.external_id || ' ' || d.content_hash || ' '"
                        + " || coalesce(d.canonical_url, '-') || ' ' || d.origin || ' ' ||"
                        + " d.minhash from capture_document d order by d.id")
                .query(String.class)
                .list());
    rows.addAll(
        jdbc.sql(
                "select d.external_id || ' ' || m.ordinal || ' ' || m.instrument || ' ' ||"
                    + " m.status || ' ' || m.countries || ' ' || m.record_json from"
                    + " capture_mention m join capture_document d on d.id = m.document_id"
                    + " order by d.id, m.ordinal")
            .query(String.class)
            .list());
    rows.addAll(
        jdbc.sql(
                "select listagg(d.external_id || '#' || m.ordinal, '+') within group (order by"
                    + " d.external_id, m.ordinal) as g from capture_mention m join"
                    + " capture_document d on d.id = m.document_id group by m.group_id order by"
                    + " g")
            .query(String.class)
            .list());
    return rows;
  }

  @Test
  void batchesExtractedWhileTheOneBeforeIsStoredGiveWhatOneBatchGives() {
    // one batch, stored at once
    List<IncomingDocument> dev = CaptureFixtures.devCorpus();
    List<IncomingDocument> twice = new java.util.ArrayList<>(dev);
    // D034 again: in the batch right after its first copy, so it is extracted before that copy
    // is stored and recognised inside the storing transaction
    twice.add(dev.get(33));
    IngestOutcome whole = capture.ingest(twice);
    review.regroup();
    List<String> expected = storedState();
    CaptureFixtures.clean(jdbc);

    // the ingest pipeline: each batch's extraction starts before the one before it is stored
    int stored = 0;
    int known = 0;
    List<IngestOutcome.Stored> outcomes = new java.util.ArrayList<>();
    CaptureService.Batch previous = null;
    for (int from = 0; from < twice.size(); from += 5) {
      CaptureService.Batch next =
          capture.extract(twice.subList(from, Math.min(twice.size(), from + 5)));
      if (previous != null) {
        IngestOutcome outcome = capture.store(previous);
        stored += outcome.stored();
        known += outcome.known();
        outcomes.addAll(outcome.documents());
      }
      previous = next;
    }
    IngestOutcome last = capture.store(previous);
    stored += last.stored();
    known += last.known();
    outcomes.addAll(last.documents());
    review.regroup();

    assertThat(stored).isEqualTo(whole.stored()).isEqualTo(36);
    assertThat(known).isEqualTo(whole.known()).isEqualTo(1);
    assertThat(outcomes).hasSize(37);
    assertThat(outcomes.get(36).created()).isFalse();
    assertThat(outcomes.get(36).id()).isEqualTo(outcomes.get(33).id());
    // the same documents in the same order, the same mentions and the same groups
    assertThat(storedState()).isEqualTo(expected);
  }

  @Test
  void everyStoredDocumentHasItsOwnAuditEventAndTheChainHolds() {
    long before = trail.count();
    IngestOutcome outcome = capture.ingest(CaptureFixtures.devCorpus());
    assertThat(trail.count() - before).isEqualTo(36);
    for (IngestOutcome.Stored document : outcome.documents()) {
      List<org.kerangka.app.audit.AuditEvent> history =
          trail.history("capture_document", String.valueOf(document.id()));
      assertThat(history).hasSize(1);
      assertThat(history.get(0).action()).isEqualTo("CREATE");
      assertThat(history.get(0).afterJson()).contains("\"agreements\":" + document.agreements());
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theSameArticleUnderAnotherTrackingUrlIsKnown() {
    IncomingDocument wire = CaptureFixtures.document(CaptureFixtures.WIRE);
    capture.ingest(List.of(wire));
    Article edited =
        new Article("W001-bis", wire.article().text() + "\nUpdated.", null, null, null);
    IngestOutcome again =
        capture.ingest(
            List.of(
                new IncomingDocument(
                    "test",
                    edited,
                    "https://WWW.wire.example.org/2023/09/09/indonesia-signs-industry-mous-with-china-and-korea/#top",
                    null)));
    assertThat(again.stored()).isZero();
    assertThat(again.known()).isEqualTo(1);
  }

  @Test
  void seedAndASecondReportMakeTwoGroupsOfTwoAndAcceptingCreatesTwoAgreementsWithBothSources() {
    capture.ingest(
        List.of(
            CaptureFixtures.document(CaptureFixtures.SEED),
            CaptureFixtures.document(CaptureFixtures.WIRE)));
    review.regroup();
    List<ReviewService.QueueRow> queue = review.queue("OPEN");
    assertThat(queue).hasSize(2);
    assertThat(queue).allMatch(r -> r.sources() == 2);
    assertThat(queue)
        .extracting(ReviewService.QueueRow::summary)
        .anyMatch(s -> s.contains("Ministry of Industry and Information Technology"))
        .anyMatch(s -> s.contains("Ministry of Trade, Industry and Energy"));
    // the demo data holds the seed's MoUs: each group points at its registry twin
    assertThat(queue).allMatch(r -> r.registryMatchId() != null);
    assertThat(queue.stream().map(ReviewService.QueueRow::registryMatchId).distinct()).hasSize(2);

    long before = agreements.count();
    for (ReviewService.QueueRow row : queue) {
      long id = review.accept(row.id(), Map.of());
      Agreement agreement = agreements.require(id);
      assertThat(agreement.sources())
          .extracting(AgreementSource::outlet)
          .containsExactlyInAnyOrder(
              "WahanaNews.co",
              "Nusantara Wire Service (invented outlet, written for the Kerangka tests)");
      assertThat(agreement.signedOn()).hasToString("2023-09-08");
      assertThat(review.provenance(id))
          .anyMatch(p -> p.field().equals("signedOn") && p.chosen() && p.evidence() != null)
          .extracting(ReviewService.ProvenanceRow::documentId)
          .hasSizeGreaterThanOrEqualTo(2);
    }
    assertThat(agreements.count()).isEqualTo(before + 2);
    assertThat(review.queue("OPEN")).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from review_decision where decision = 'ACCEPT'")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aNewReportOfAnAcceptedAgreementIsAttachedAndARejectedGroupStaysRejected() {
    List<IncomingDocument> dev = CaptureFixtures.devCorpus();
    capture.ingest(List.of(dev.get(0))); // D001: Kemenperin-METI
    capture.ingest(List.of(dev.get(16))); // D017: Kemenperin-MOTIE and Krakatau-POSCO
    review.regroup();
    long meti = groupOf("D001", 0);
    long motie = groupOf("D017", 0);
    long agreement = review.accept(meti, Map.of());
    review.reject(motie, "not industrial cooperation of ours");
    assertThatThrownBy(() -> review.reject(motie, "again"))
        .isInstanceOf(DecisionConflictException.class);

    capture.ingest(List.of(dev.get(1), dev.get(24))); // D002 (same as D001), D025 (as D017)
    GroupingSummary summary = review.regroup();

    assertThat(summary.attached()).isEqualTo(1);
    assertThat(summary.joinedRejected()).isEqualTo(1);
    assertThat(groupOf("D002", 0)).isEqualTo(meti);
    assertThat(groupOf("D025", 0)).isEqualTo(motie);
    assertThat(agreements.require(agreement).sources())
        .extracting(AgreementSource::outlet)
        .containsExactlyInAnyOrder("Warta Industri Online", "Kabar Ekonomi Harian");
    // decided mentions are never asked again: only the Krakatau-POSCO group is open
    assertThat(review.queue("OPEN")).hasSize(1);
    assertThat(review.view(motie).status()).isEqualTo("REJECTED");
    assertThat(review.view(meti).decisions())
        .extracting(GroupView.DecisionView::decision)
        .containsExactly("ACCEPT", "ATTACH");
  }

  @Test
  void mergeTakesOnlyTheChosenFieldsAndDisagreementsAreShownAsOptions() {
    List<IncomingDocument> dev = CaptureFixtures.devCorpus();
    capture.ingest(List.of(dev.get(0), dev.get(1))); // D001, D002: places differ
    review.regroup();
    long group = groupOf("D001", 0);
    GroupView view = review.view(group);
    GroupView.FieldView place =
        view.fields().stream().filter(f -> f.code().equals("place")).findFirst().orElseThrow();
    assertThat(place.disagreement()).isTrue();
    assertThat(place.options())
        .extracting(GroupView.Option::value)
        .contains("Tokyo", "Tokyo, Jepang");
    assertThat(view.sources()).allMatch(s -> s.text().stream().anyMatch(GroupView.Segment::marked));

    Agreement target =
        agreements
            .search(
                new org.kerangka.app.agreement.AgreementQuery(
                    null,
                    null,
                    null,
                    java.time.LocalDate.now(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    10,
                    "title,asc"))
            .items()
            .get(0)
            .agreement();
    String placeBefore = target.place();
    int tokyo =
        place.options().stream()
            .filter(o -> o.value().equals("Tokyo"))
            .findFirst()
            .orElseThrow()
            .index();
    assertThatThrownBy(() -> review.merge(group, target.id(), Map.of("parties", 0)))
        .isInstanceOf(InvalidFieldException.class);
    review.merge(group, target.id(), Map.of("place", tokyo));
    Agreement merged = agreements.require(target.id());
    assertThat(placeBefore).isNotEqualTo("Tokyo");
    assertThat(merged.place()).isEqualTo("Tokyo");
    assertThat(merged.parties()).isEqualTo(target.parties());
    assertThat(merged.sources()).hasSize(target.sources().size() + 2);
    assertThat(review.provenance(target.id()))
        .anyMatch(p -> p.field().equals("place") && p.chosen() && p.value().equals("Tokyo"))
        .anyMatch(p -> p.field().equals("place") && !p.chosen());
  }

  @Test
  void rejectingNeedsAReason() {
    capture.ingest(List.of(CaptureFixtures.document(CaptureFixtures.WIRE)));
    review.regroup();
    long group = review.queue("OPEN").get(0).id();
    assertThatThrownBy(() -> review.reject(group, "  ")).isInstanceOf(InvalidFieldException.class);
    assertThat(review.view(group).status()).isEqualTo("OPEN");
  }
}
