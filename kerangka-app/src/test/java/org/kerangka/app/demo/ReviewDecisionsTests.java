package org.kerangka.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.AgreementStatus;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.Party;
import org.kerangka.extract.PartyKind;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ReviewDecisionsTests {
  private final ObjectMapper json = JsonMapper.builder().build();

  private static AgreementRecord mou(String partnerCountry, @Nullable Integer termYears) {
    return new AgreementRecord(
        Instrument.MOU,
        AgreementStatus.SIGNED,
        List.of(
            new Party("Kementerian Perindustrian", List.of(), "ID", PartyKind.GOVERNMENT),
            new Party("Partner ministry", List.of(), partnerCountry, PartyKind.GOVERNMENT)),
        List.of(),
        LocalDate.of(2023, 9, 8),
        null,
        null,
        termYears,
        null,
        List.of(),
        List.of(),
        null,
        List.of());
  }

  private ReviewDecisions decisions(String body) {
    return ReviewDecisions.parse(json.readTree(body));
  }

  private static final String KOREA_FIVE_YEARS =
      """
      {"reviewer": "R", "decisions": [
        {"partnerCountry": "KR", "termYears": 5, "extendable": true, "reason": "same session"}]}
      """;

  @Test
  void fillsTheMissingTermOfTheNamedAgreementOnlyAndSaysSoInItsNotes() {
    List<ReviewDecisions.Reviewed> reviewed =
        decisions(KOREA_FIVE_YEARS).apply(List.of(mou("CN", 5), mou("KR", null)));

    assertThat(reviewed.get(0).record().termYears()).isEqualTo(5);
    assertThat(reviewed.get(0).record().extendable()).isNull();
    assertThat(reviewed.get(0).notes()).isEqualTo(ReviewDecisions.EXTRACTED);
    assertThat(reviewed.get(1).record().termYears()).isEqualTo(5);
    assertThat(reviewed.get(1).record().extendable()).isTrue();
    assertThat(reviewed.get(1).notes()).contains("Keputusan peninjau (R): same session");
  }

  @Test
  void neverOverwritesWhatTheArticleStates() {
    assertThatThrownBy(() -> decisions(KOREA_FIVE_YEARS).apply(List.of(mou("KR", 3))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would change termYears from the article's 3 to 5");
  }

  @Test
  void aDecisionThatMatchesNothingOrSeveralRecordsFailsLoudly() {
    assertThatThrownBy(() -> decisions(KOREA_FIVE_YEARS).apply(List.of(mou("CN", 5))))
        .hasMessageContaining("matches none of the 1 extracted agreements");
    assertThatThrownBy(
            () -> decisions(KOREA_FIVE_YEARS).apply(List.of(mou("KR", null), mou("KR", null))))
        .hasMessageContaining("matches more than one");
  }

  @Test
  void malformedDecisionsNameTheFieldAndTheDecision() {
    assertThatThrownBy(
            () -> decisions("{\"reviewer\": \"R\", \"decisions\": [{\"partnerCountry\": \"KR\"}]}"))
        .hasMessageContaining("decision 1: \"reason\" is missing");
    assertThatThrownBy(
            () ->
                decisions(
                    "{\"reviewer\": \"R\", \"decisions\": [{\"partnerCountry\": \"KR\","
                        + " \"termYears\": \"five\", \"reason\": \"x\"}]}"))
        .hasMessageContaining("termYears must be a positive whole number");
  }
}
