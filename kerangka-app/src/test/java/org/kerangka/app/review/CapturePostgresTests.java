package org.kerangka.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kerangka.app.TestPostgres;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.capture.CaptureService;
import org.kerangka.app.capture.IngestOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Capture and review on PostgreSQL (migration V6 and every query of the feature): a fresh database
 * on 127.0.0.1:5432 per run, dropped afterwards; skipped when the server is not reachable.
 */
@SpringBootTest(
    properties = {"kerangka.demo-data=true", "kerangka.data-dir=target/test-data/${random.uuid}"})
@DirtiesContext
class CapturePostgresTests {
  private static String database = "";

  @Autowired private CaptureService capture;
  @Autowired private ReviewService review;
  @Autowired private AgreementService agreements;

  @BeforeAll
  static void createDatabase() {
    database = TestPostgres.createDatabase("the PostgreSQL capture tests");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, () -> database);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(database);
  }

  @Test
  void ingestGroupAcceptMergeAndRejectOnPostgres() {
    IngestOutcome first =
        capture.ingest(
            List.of(
                CaptureFixtures.document(CaptureFixtures.SEED),
                CaptureFixtures.document(CaptureFixtures.WIRE)));
    assertThat(first.stored()).isEqualTo(2);
    assertThat(capture.ingest(List.of(CaptureFixtures.document(CaptureFixtures.WIRE))).known())
        .isEqualTo(1);
    GroupingSummary summary = review.regroup();
    assertThat(summary.openGroups()).isEqualTo(2);
    assertThat(summary.matchingRegistry()).isEqualTo(2);

    List<ReviewService.QueueRow> queue = review.queue("OPEN");
    long accepted = review.accept(queue.get(0).id(), Map.of());
    assertThat(agreements.require(accepted).sources()).hasSize(2);
    long twin = queue.get(1).registryMatchId();
    review.merge(queue.get(1).id(), twin, Map.of("place", 0));
    assertThat(agreements.require(twin).sources())
        .extracting(AgreementSource::outlet)
        .contains("Nusantara Wire Service (invented outlet, written for the Kerangka tests)");
    assertThat(review.provenance(twin)).anyMatch(p -> p.field().equals("place") && p.chosen());

    List<org.kerangka.app.capture.IncomingDocument> dev = CaptureFixtures.devCorpus();
    capture.ingest(List.of(dev.get(0), dev.get(1)));
    review.regroup();
    long group = review.queue("OPEN").get(0).id();
    assertThat(review.view(group).sources()).hasSize(2);
    review.reject(group, "not ours");
    assertThat(review.queue("REJECTED")).hasSize(1);
    assertThat(review.regroup().openGroups()).isZero();
  }
}
