package org.kerangka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Checks the port of {@code shared/eval/score.py} on small hand-made gold/output pairs whose counts
 * follow from the rules of score.py. (The port also gave the same table and log as score.py on the
 * CLI output for the whole dev corpus, checked by hand.)
 */
class ExtractionScorerTests {

  // ------------------------------------------------------------- normalisation and tokens

  @Test
  void normLowerCasesFoldsCompatibilityFormsAndTurnsPunctuationAndSpacesIntoSingleSpaces() {
    assertThat(ExtractionScorer.norm("  PT\u00A0Pertamina (Persero),  Tbk. "))
        .isEqualTo("pt pertamina persero tbk");
    assertThat(ExtractionScorer.norm("\u201CIndustri\u201D 4.0/otomotif-listrik\\[x]; y: z"))
        .isEqualTo("industri 4 0 otomotif listrik x y z");
    assertThat(ExtractionScorer.norm("\uFF2D\uFF4F\uFF35")).isEqualTo("mou"); // full-width MoU
    assertThat(ExtractionScorer.norm("a\u001Cb\u2003c")).isEqualTo("a b c"); // str.isspace
    assertThat(ExtractionScorer.norm(null)).isEmpty();
  }

  @Test
  void tokensDropStopWordsUnlessNothingElseIsLeft() {
    assertThat(ExtractionScorer.tokens("Kementerian Perindustrian RI", true))
        .containsExactlyInAnyOrder("perindustrian");
    assertThat(ExtractionScorer.tokens("Kementerian Perindustrian RI", false))
        .containsExactlyInAnyOrder("kementerian", "perindustrian", "ri");
    assertThat(ExtractionScorer.tokens("Republik Indonesia", true))
        .containsExactlyInAnyOrder("republik", "indonesia");
    assertThat(ExtractionScorer.tokens("", true)).isEmpty();
  }

  // ------------------------------------------------------------- party, person, area rules

  @Test
  void partiesMatchOnEqualNormalisedNamesOrOnAnyAlias() {
    assertThat(
            partyMatch(
                "{'name':'Kementerian Perindustrian'}", "{'name':'KEMENTERIAN  perindustrian.'}"))
        .isTrue();
    assertThat(
            partyMatch(
                "{'name':'Kementerian Perindustrian','aliases':['Kemenperin']}",
                "{'name':'Ministry of Industry of Indonesia','aliases':['','kemenperin']}"))
        .isTrue();
    assertThat(partyMatch("{'name':'Kementerian Perindustrian'}", "{'name':'Kemenperin'}"))
        .isFalse();
  }

  @Test
  void partiesMatchOnTokenJaccardOfAtLeastSixTenthsWithoutStopWords() {
    // {pertamina} against {pertamina}: stop words pt and persero are dropped
    assertThat(partyMatch("{'name':'PT Pertamina (Persero)'}", "{'name':'Pertamina'}")).isTrue();
    // {a, b, c, d} against {a, b, c, e}: 3/5 = 0.6, neither inside the other
    assertThat(
            partyMatch("{'name':'Alpha Beta Gamma Delta'}", "{'name':'Alpha Beta Gamma Epsilon'}"))
        .isTrue();
    // {a, b} against {a, c}: 1/3, and the smaller set is not inside the bigger
    assertThat(partyMatch("{'name':'Alpha Beta'}", "{'name':'Alpha Gamma'}")).isFalse();
  }

  @Test
  void partiesMatchWhenTwoOrMoreTokensOfTheShorterNameAreAllInTheLonger() {
    // {korea, institute} inside {korea, institute, industrial, economics, trade}: jaccard 0.4
    assertThat(
            partyMatch(
                "{'name':'Korea Institute for Industrial Economics and Trade'}",
                "{'name':'Korea Institute'}"))
        .isTrue();
    // one token inside is not enough: {bank} in {bank, mandiri, syariah}
    assertThat(partyMatch("{'name':'Bank Mandiri Syariah'}", "{'name':'Bank'}")).isFalse();
  }

  @Test
  void personsMatchOnEqualTokenSetsOrTwoTokensInsideTheOtherName() {
    assertThat(ExtractionScorer.personMatch("Saito Ken", "Ken Saito")).isTrue();
    assertThat(ExtractionScorer.personMatch("Agus Gumiwang Kartasasmita", "Agus Gumiwang"))
        .isTrue();
    assertThat(ExtractionScorer.personMatch("Madeleine King", "Madeleine")).isFalse();
    assertThat(ExtractionScorer.personMatch("Ahn Dukgeun", "Ahn Duk-geun")).isFalse();
    assertThat(ExtractionScorer.personMatch("Ahn Duk-geun", "ahn duk geun")).isTrue();
    assertThat(ExtractionScorer.personMatch(null, "Ahn Dukgeun")).isFalse();
  }

  @Test
  void areasMatchOnTokenJaccardOfAtLeastOneHalfWithoutStopWords() {
    assertThat(ExtractionScorer.areaMatch("industri fotovoltaik surya", "fotovoltaik surya"))
        .isTrue();
    assertThat(ExtractionScorer.areaMatch("pengembangan SDM", "SDM industri")).isTrue(); // 1/2
    assertThat(ExtractionScorer.areaMatch("baterai kendaraan listrik", "kendaraan listrik umum"))
        .isTrue(); // 2/4
    assertThat(ExtractionScorer.areaMatch("industri perkapalan", "industri baja")).isFalse();
    assertThat(ExtractionScorer.areaMatch("industri", "industri")).isTrue(); // all stop: kept
  }

  @Test
  void valuesAreEqualWithinOnePercentOfTheGoldAmountInTheSameCurrency() {
    assertThat(valueEqual("{'amount':1000,'currency':'USD'}", "{'amount':1009.9,'currency':'USD'}"))
        .isTrue();
    assertThat(valueEqual("{'amount':1000,'currency':'USD'}", "{'amount':1011,'currency':'USD'}"))
        .isFalse();
    assertThat(valueEqual("{'amount':1000,'currency':'USD'}", "{'amount':1000,'currency':'IDR'}"))
        .isFalse();
    assertThat(valueEqual("{'amount':1000,'currency':'USD'}", "{'amount':'1e3','currency':'USD'}"))
        .isTrue(); // float('1e3')
    assertThat(valueEqual("{'amount':1000}", "{'amount':1000.0}")).isTrue(); // None == None
    assertThat(valueEqual("{'amount':1000,'currency':'USD'}", "{'currency':'USD'}")).isFalse();
    assertThat(valueEqual("{'amount':null,'currency':'USD'}", "{'amount':0,'currency':'USD'}"))
        .isFalse();
    assertThat(valueEqual("{}", "{}")).isFalse(); // not g
  }

  // ------------------------------------------------------------- scalar fields

  @Test
  void scalarFieldsCountOnlyWhenGoldOrOutputHasAValueAndCompareNumbersLikePython() {
    ExtractionScorer.Score score =
        score(
            agreement("'term_years':5,'extendable':true,'signed_on':'2023-09-08'"),
            agreement("'term_years':5.0,'extendable':null,'signed_on':'2023-09-07'"));

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(1, 0, 0));
    assertThat(score.counts("term_years")).isEqualTo(new ExtractionScorer.Counts(1, 0, 0));
    assertThat(score.counts("extendable")).isEqualTo(new ExtractionScorer.Counts(0, 0, 1));
    assertThat(score.counts("signed_on")).isEqualTo(new ExtractionScorer.Counts(0, 1, 1));
    assertThat(score.counts("value")).isEqualTo(new ExtractionScorer.Counts(0, 0, 0));
    assertThat(score.log()).containsExactly("A: signed_on gold=2023-09-08 got=2023-09-07");
  }

  @Test
  void listFieldsOfAPairedAgreementAreMatchedOneToOneInGoldOrder() {
    ExtractionScorer.Score score =
        score(
            agreement(
                "'signatories':[{'name':'Saito Ken'},{'name':'Agus Gumiwang Kartasasmita'}],"
                    + "'areas':['industri fotovoltaik surya','industri perkapalan','baja']"),
            agreement(
                "'signatories':[{'name':'Agus Gumiwang'},{'name':'Madeleine'}],"
                    + "'areas':['fotovoltaik surya','fotovoltaik surya','industri kimia']"));

    assertThat(score.counts("party_country")).isEqualTo(new ExtractionScorer.Counts(2, 0, 0));
    assertThat(score.counts("party")).isEqualTo(new ExtractionScorer.Counts(2, 0, 0));
    assertThat(score.counts("signatory")).isEqualTo(new ExtractionScorer.Counts(1, 1, 1));
    assertThat(score.counts("area")).isEqualTo(new ExtractionScorer.Counts(1, 2, 2));
    assertThat(score.log())
        .containsExactly("A: missed signatory Saito Ken", "A: false signatory Madeleine");
  }

  @Test
  void partyCountriesAreMatchedAsAListSoDuplicatesCount() {
    ExtractionScorer.Score score =
        score(
            "{'instrument':'MOU','parties':[{'name':'Alpha','country':'ID'},"
                + "{'name':'Beta','country':'ID'}]}",
            "{'instrument':'MOU','parties':[{'name':'Alpha','country':'ID'},"
                + "{'name':'Beta','country':''},{'name':'Gamma','country':'JP'}]}");

    assertThat(score.counts("party_country")).isEqualTo(new ExtractionScorer.Counts(1, 1, 1));
    assertThat(score.counts("party")).isEqualTo(new ExtractionScorer.Counts(2, 1, 0));
    assertThat(score.log()).containsExactly("A: false party Gamma");
  }

  // ------------------------------------------------------------- pairing agreements

  @Test
  void agreementsBelowThreeTenthsSimilarityAreAMissAndAFalseAlarmWithAllTheirSlots() {
    // countries {ID, JP} against {ID, CN}: 0.4 * 1/3, no party, no signatory: 0.133
    ExtractionScorer.Score score =
        score(
            agreement("'term_years':5,'areas':['baja']"),
            "{'instrument':'MOU','status':'SIGNED','parties':[{'name':'Gamma','country':'ID'},"
                + "{'name':'Delta','country':'CN'}],'signatories':[{'name':'Li Wei'}],"
                + "'value':{'amount':1,'currency':'CNY'}}");

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(0, 1, 1));
    assertThat(score.counts("instrument")).isEqualTo(new ExtractionScorer.Counts(0, 1, 1));
    assertThat(score.counts("party_country")).isEqualTo(new ExtractionScorer.Counts(0, 2, 2));
    assertThat(score.counts("party")).isEqualTo(new ExtractionScorer.Counts(0, 2, 2));
    assertThat(score.counts("signatory")).isEqualTo(new ExtractionScorer.Counts(0, 1, 0));
    assertThat(score.counts("term_years")).isEqualTo(new ExtractionScorer.Counts(0, 0, 1));
    assertThat(score.counts("area")).isEqualTo(new ExtractionScorer.Counts(0, 0, 1));
    assertThat(score.counts("value")).isEqualTo(new ExtractionScorer.Counts(0, 1, 0));
    assertThat(score.log())
        .containsExactly(
            "A: missed agreement ['ID', 'JP'] ['Kementerian Perindustrian', "
                + "'Ministry of Economy, Trade and Industry']",
            "A: false agreement ['CN', 'ID'] ['Gamma', 'Delta']");
  }

  @Test
  void agreementsAtThreeTenthsSimilarityOrMoreArePaired() {
    // same countries, no names in common: 0.4 >= 0.3
    ExtractionScorer.Score score =
        score(
            agreement(""),
            "{'instrument':'MOU','parties':[{'name':'Gamma','country':'JP'},"
                + "{'name':'Delta','country':'ID'}]}");

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(1, 0, 0));
    assertThat(score.counts("party")).isEqualTo(new ExtractionScorer.Counts(0, 2, 2));
  }

  @Test
  void agreementsArePairedGreedilyByDescendingSimilarityNotByOrder() {
    String goldJapan = agreement("'instrument':'MOU'");
    String goldKorea =
        "{'instrument':'AGREEMENT','parties':[{'name':'Kementerian Perindustrian','country':'ID'},"
            + "{'name':'Korea Institute for Industrial Economics and Trade','country':'KR'}]}";
    // Output in the other order; the Korean record also shares the Indonesian party with the
    // Japanese gold (0.4 * 1/3 + 0.4 * 1/2 = 0.33), but pairs with the Korean gold (0.8).
    String outKorea =
        "{'instrument':'AGREEMENT','parties':[{'name':'Kemenperin','aliases':"
            + "['Kementerian Perindustrian'],'country':'ID'},{'name':'KIET','aliases':"
            + "['Korea Institute'],'country':'KR'}]}";
    String outJapan = agreement("'instrument':'MOU'");

    ExtractionScorer.Score score =
        ExtractionScorer.scoreJson(
            docs("A", "[" + goldJapan + "," + goldKorea + "]"),
            docs("A", "[" + outKorea + "," + outJapan + "]"));

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(2, 0, 0));
    assertThat(score.counts("instrument")).isEqualTo(new ExtractionScorer.Counts(2, 0, 0));
    assertThat(score.counts("party")).isEqualTo(new ExtractionScorer.Counts(4, 0, 0));
  }

  @Test
  void similarityWeighsCountriesNamesAndSignatories() {
    JsonNode gold =
        json(agreement("'signatories':[{'name':'Saito Ken'},{'name':'Agus Gumiwang'}]"));
    JsonNode out =
        json(
            "{'parties':[{'name':'Kemenperin','aliases':['Kementerian Perindustrian'],"
                + "'country':'ID'}],'signatories':[{'name':'Ken Saito'}]}");

    // countries {ID, JP} / {ID}: 0.5; parties 1 of 2; signatories 1 of 2
    assertThat(ExtractionScorer.agreementSimilarity(gold, out))
        .isEqualTo(0.4 * 0.5 + 0.4 * 0.5 + 0.2 * 0.5);
  }

  @Test
  void aGoldDocumentWithoutOutputCountsEveryAgreementAsMissed() {
    Map<String, JsonNode> gold = docs("A", "[" + agreement("'term_years':5") + "]");

    ExtractionScorer.Score score = ExtractionScorer.scoreJson(gold, Map.of());

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(0, 0, 1));
    assertThat(score.counts("term_years")).isEqualTo(new ExtractionScorer.Counts(0, 0, 1));
    assertThat(score.log().get(0)).isEqualTo("A: no output");
    assertThat(score.agreementF1()).isZero();
    assertThat(score.docs()).isEqualTo(1);
  }

  @Test
  void outputForDocumentsWithoutGoldIsIgnored() {
    ExtractionScorer.Score score =
        ExtractionScorer.scoreJson(docs("A", "[]"), docs("B", "[" + agreement("") + "]"));

    assertThat(score.counts("agreement")).isEqualTo(new ExtractionScorer.Counts(0, 0, 0));
    assertThat(score.agreementF1()).isEqualTo(1.0);
    assertThat(score.slotF1()).isEqualTo(1.0);
  }

  // ------------------------------------------------------------- F1 and the report

  @Test
  void precisionRecallAndF1FollowTallyPrf() {
    ExtractionScorer.Counts counts = new ExtractionScorer.Counts(3, 1, 2);
    assertThat(counts.precision()).isEqualTo(0.75);
    assertThat(counts.recall()).isEqualTo(0.6);
    assertThat(counts.f1()).isEqualTo(2 * 0.75 * 0.6 / (0.75 + 0.6));
    assertThat(new ExtractionScorer.Counts(0, 0, 0).f1()).isEqualTo(1.0);
    assertThat(new ExtractionScorer.Counts(0, 0, 2).precision()).isZero();
    assertThat(new ExtractionScorer.Counts(0, 2, 0).recall()).isZero();
  }

  @Test
  void slotF1SumsTheCountsOfTheTenSlotFieldsButNotAgreement() {
    ExtractionScorer.Score score =
        score(agreement("'term_years':5,'extendable':true"), agreement("'term_years':3"));

    // instrument 1, status 0, party_country 2, party 2, term_years fp+fn, extendable fn
    assertThat(score.slotF1()).isEqualTo(new ExtractionScorer.Counts(5, 1, 2).f1());
    assertThat(score.summary()).isEqualTo("slot-F1 0.769 agreement-F1 1.000 docs 1");
  }

  @Test
  void theSummaryRoundsHalfToEvenOnTheBinaryValueLikePython() {
    // 13 / 16 = 0.8125 exactly: Python prints 0.812
    ExtractionScorer.Counts counts = new ExtractionScorer.Counts(13, 3, 0);
    assertThat(counts.precision()).isEqualTo(0.8125);
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (int i = 0; i < 16; i++) {
      gold.put("D" + i, json(doc("D" + i, i < 13 ? "[" + agreement("") + "]" : "[]")));
      out.put("D" + i, json(doc("D" + i, "[" + agreement("") + "]")));
    }
    assertThat(ExtractionScorer.scoreJson(gold, out).report())
        .contains("agreement       0.812  1.000  0.897    13     3     0");
  }

  @Test
  void extractionResultsAreScoredAsTheirJson() {
    Party kemenperin =
        new Party("Kementerian Perindustrian", List.of("Kemenperin"), "ID", PartyKind.GOVERNMENT);
    Party meti =
        new Party(
            "METI", List.of("Ministry of Economy, Trade and Industry"), "JP", PartyKind.GOVERNMENT);
    AgreementRecord record =
        new AgreementRecord(
            Instrument.MOU,
            AgreementStatus.SIGNED,
            List.of(kemenperin, meti),
            List.of(new Signatory("Ken Saito", null, null)),
            LocalDate.of(2024, 3, 4),
            null,
            null,
            5,
            null,
            List.of(),
            List.of(),
            new Money(new BigDecimal("5000000000000"), "IDR"),
            List.of());
    ExtractionResult result = new ExtractionResult("A", Language.ID, null, List.of(record));
    Map<String, JsonNode> gold =
        docs(
            "A",
            "["
                + agreement(
                    "'status':'SIGNED','signatories':[{'name':'Saito Ken'}],"
                        + "'signed_on':'2024-03-04','term_years':5,"
                        + "'value':{'amount':5e12,'currency':'IDR'}")
                + "]");

    ExtractionScorer.Score score = ExtractionScorer.score(gold, List.of(result));

    assertThat(score.slotF1()).isEqualTo(1.0);
    assertThat(score.counts("value")).isEqualTo(new ExtractionScorer.Counts(1, 0, 0));
    assertThat(score.counts("signatory")).isEqualTo(new ExtractionScorer.Counts(1, 0, 0));
  }

  @Test
  void jsonLinesAreKeyedByDocumentIdAndALaterLineWins() {
    Map<String, JsonNode> docs =
        ExtractionScorer.readJsonLines(
            "{\"document\":{\"id\":\"B\"},\"agreements\":[]}\n\n"
                + "  {\"document\":{\"id\":\"A\"},\"agreements\":[]}\r\n"
                + "{\"document\":{\"id\":\"B\"},\"agreements\":[{}]}\n");

    assertThat(docs).containsOnlyKeys("B", "A");
    assertThat(docs.keySet()).containsExactly("B", "A");
    assertThat(docs.get("B").get("agreements").size()).isEqualTo(1);
  }

  // ------------------------------------------------------------- helpers

  /** An Indonesia–Japan MoU with two parties, plus {@code extra} fields. */
  private static String agreement(String extra) {
    return "{'parties':[{'name':'Kementerian Perindustrian','aliases':['Kemenperin'],"
        + "'country':'ID'},{'name':'Ministry of Economy, Trade and Industry','aliases':['METI'],"
        + "'country':'JP'}]"
        + (extra.contains("'instrument'") ? "" : ",'instrument':'MOU'")
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }

  private static ExtractionScorer.Score score(String goldAgreement, String outAgreement) {
    return ExtractionScorer.scoreJson(
        docs("A", "[" + goldAgreement + "]"), docs("A", "[" + outAgreement + "]"));
  }

  private static Map<String, JsonNode> docs(String id, String agreements) {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    docs.put(id, json(doc(id, agreements)));
    return docs;
  }

  private static String doc(String id, String agreements) {
    return "{'document':{'id':'" + id + "'},'agreements':" + agreements + "}";
  }

  private static boolean partyMatch(String gold, String out) {
    return ExtractionScorer.partyMatch(json(gold), json(out));
  }

  private static boolean valueEqual(String gold, String out) {
    return ExtractionScorer.valueEqual(json(gold), json(out));
  }

  /** JSON written with single quotes for readability. */
  private static JsonNode json(String singleQuoted) {
    return ExtractionScorer.readJson(singleQuoted.replace('\'', '"'));
  }
}
