package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.AgreementStatus;
import org.kerangka.extract.Article;
import org.kerangka.extract.Evidence;
import org.kerangka.extract.ExtractionResult;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.Language;
import org.kerangka.extract.Party;
import org.kerangka.extract.internal.gazetteer.Gazetteer;

class RuleExtractorTests {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 9);

  private final RuleExtractor extractor = new RuleExtractor(Gazetteer.bundled());

  private ExtractionResult extract(String text) {
    return extractor.extract(Article.of("t1", text).withPublished(PUBLISHED));
  }

  @Test
  void resolvesADayAndMonthAgainstThePublicationDate() {
    ExtractionResult r =
        extract(
            "Jakarta - PT Bio Farma (Persero) dan Universitas Padjadjaran menandatangani"
                + " perjanjian kerja sama tentang riset vaksin, Jumat (8/9).");

    assertThat(r.agreements()).hasSize(1);
    AgreementRecord a = r.agreements().get(0);
    assertThat(a.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(a.instrument()).isEqualTo(Instrument.AGREEMENT);
    assertThat(a.signedOn()).isEqualTo(LocalDate.of(2023, 9, 8));
    assertThat(a.parties()).extracting(Party::country).containsExactly("ID", "ID");
  }

  @Test
  void reportsAPlannedMouWithoutSignatoriesOrDate() {
    ExtractionResult r =
        extract(
            "Jakarta - PT Pertamina (Persero) dan Saudi Aramco tengah mematangkan nota"
                + " kesepahaman kerja sama kilang. MoU tersebut ditargetkan diteken Direktur Utama"
                + " Pertamina Nicke Widyawati bulan depan, Jumat (8/9).");

    assertThat(r.agreements()).hasSize(1);
    AgreementRecord a = r.agreements().get(0);
    assertThat(a.status()).isEqualTo(AgreementStatus.PLANNED);
    assertThat(a.instrument()).isEqualTo(Instrument.MOU);
    assertThat(a.signatories()).isEmpty();
    assertThat(a.signedOn()).isNull();
  }

  @Test
  void mapsEvidenceOffsetsToTheOriginalText() {
    String text =
        "Bandung \u2013 \u201cKami menyambut baik kerja sama ini,\u201d kata Rektor Universitas"
            + " Padjadjaran.\u00a0PT Bio Farma (Persero) dan Universitas Padjadjaran"
            + " menandatangani perjanjian kerja sama tentang riset vaksin, Jumat (8/9).";

    ExtractionResult r = extract(text);

    assertThat(r.agreements()).hasSize(1);
    AgreementRecord a = r.agreements().get(0);
    Evidence agreement =
        a.evidence().stream().filter(e -> e.field().equals("agreement")).findFirst().orElseThrow();
    assertThat(text.substring(agreement.start(), agreement.end()))
        .contains("menandatangani")
        .startsWith("PT Bio Farma");
    for (Evidence e : a.evidence()) {
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
    }
    Evidence date =
        a.evidence().stream().filter(e -> e.field().equals("signed_on")).findFirst().orElseThrow();
    assertThat(text.substring(date.start(), date.end())).contains("8/9");
  }

  @Test
  void readsAnEnglishWireStory() {
    ExtractionResult r =
        extract(
            "JAKARTA, Sept 8 (Reuters) - Indonesia's state energy company Pertamina and Japan's"
                + " INPEX Corporation signed a memorandum of understanding on Friday to study"
                + " carbon capture. The five-year memorandum can be extended, the companies"
                + " said.");

    assertThat(r.language()).isEqualTo(Language.EN);
    assertThat(r.agreements()).hasSize(1);
    AgreementRecord a = r.agreements().get(0);
    assertThat(a.instrument()).isEqualTo(Instrument.MOU);
    assertThat(a.parties()).extracting(Party::country).containsExactly("ID", "JP");
    assertThat(a.signedOn()).isEqualTo(LocalDate.of(2023, 9, 8));
    assertThat(a.termYears()).isEqualTo(5);
    assertThat(a.extendable()).isTrue();
  }

  @Test
  void listsTheFormsTheTextUsesAsAliases() {
    ExtractionResult r =
        extract(
            "Jakarta - Kementerian Perindustrian (Kemenperin) dan JICA menandatangani nota"
                + " kesepahaman tentang industri hijau, Jumat (8/9).");

    Party ministry = r.agreements().get(0).parties().get(0);
    assertThat(ministry.aliases()).contains("Kemenperin").doesNotContain(ministry.name());
  }

  @Test
  void returnsNoAgreementsForNewsWithoutASigningCue() {
    ExtractionResult r =
        extract("Harga cabai rawit di Pasar Induk Kramat Jati mulai turun menjelang Ramadan.");

    assertThat(r.agreements()).isEmpty();
    assertThat(r.language()).isEqualTo(Language.ID);
    assertThat(r.id()).isEqualTo("t1");
    assertThat(r.published()).isEqualTo(PUBLISHED);
  }

  @Test
  void keepsTheLanguageGivenByTheCaller() {
    ExtractionResult r =
        extractor.extract(
            Article.of("t2", "Kedua pihak menandatangani MoU.").withLanguage(Language.EN));

    assertThat(r.language()).isEqualTo(Language.EN);
  }

  @Test
  void givesNoRecordForAnMouSignedBefore() {
    ExtractionResult r =
        extract(
            "Jakarta - Kementerian Perindustrian dan JICA pernah meneken nota kesepahaman tentang"
                + " industri otomotif pada 2019. Kini kedua pihak membahas program baru.");

    assertThat(r.agreements()).isEmpty();
  }

  @Test
  void doesNotThrowForEmptyOrOddText() {
    assertThat(extract("").agreements()).isEmpty();
    assertThat(extract("MoU").agreements()).isEmpty();
    assertThat(extract("((( MoU ))) ditandatangani , , .").agreements()).isEmpty();
  }

  @Test
  void takesAnInvestmentFigureNamedRightBeforeItEvenInASentenceAboutAForum() {
    ExtractionResult r =
        extract(
            "Jakarta - PT Pupuk Indonesia (Persero) dan Saudi Aramco menandatangani nota"
                + " kesepahaman di sela forum bisnis, Jumat (8/9), dengan rencana investasi"
                + " senilai US$1,2 miliar.");

    assertThat(r.agreements()).hasSize(1);
    assertThat(r.agreements().get(0).value()).isNotNull();
    assertThat(r.agreements().get(0).value().currency()).isEqualTo("USD");
  }

  @Test
  void ignoresAForumTotalEvenWhenItIsCalledWorth() {
    ExtractionResult r =
        extract(
            "Jakarta - PT Pupuk Indonesia (Persero) dan Saudi Aramco menandatangani nota"
                + " kesepahaman kerja sama amonia, Jumat (8/9). Panitia menyebut kesepakatan di"
                + " forum itu bernilai total lebih dari US$3 miliar.");

    assertThat(r.agreements()).hasSize(1);
    assertThat(r.agreements().get(0).value()).isNull();
  }
}
