package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.Instrument;

class AssemblerTests {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 9);

  private static List<Draft> drafts(String text) {
    Analysed a = Analysed.of(text);
    return new Assembler(a.doc(), a.sents(), PUBLISHED).run();
  }

  private static boolean hasParty(Draft d, String form) {
    return d.parties.stream().anyMatch(o -> o.knownAs(form));
  }

  @Test
  void assemblesOneSignedAgreementFromItsSentence() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian (Kemenperin) dan Japan International Cooperation Agency"
                + " (JICA) menandatangani nota kesepahaman tentang industri hijau di Jakarta,"
                + " Jumat (8/9).");

    assertThat(drafts).hasSize(1);
    Draft d = drafts.get(0);
    assertThat(d.instrument).isEqualTo(Instrument.MOU);
    assertThat(d.signed).isTrue();
    assertThat(d.parties).hasSize(2);
    assertThat(hasParty(d, "Kemenperin")).isTrue();
    assertThat(hasParty(d, "JICA")).isTrue();
    assertThat(d.signedOn).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void keepsTwoAgreementsInOneArticleApart() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian dan JICA menandatangani nota kesepahaman tentang industri"
                + " hijau, Jumat (8/9). Sedangkan PT Pertamina (Persero) dan ExxonMobil"
                + " menandatangani perjanjian kerja sama tentang penangkapan karbon pada hari yang"
                + " sama.");

    assertThat(drafts).hasSize(2);
    assertThat(hasParty(drafts.get(0), "JICA")).isTrue();
    assertThat(hasParty(drafts.get(0), "Pertamina")).isFalse();
    assertThat(drafts.get(0).instrument).isEqualTo(Instrument.MOU);
    assertThat(hasParty(drafts.get(1), "Pertamina")).isTrue();
    assertThat(hasParty(drafts.get(1), "ExxonMobil")).isTrue();
    assertThat(hasParty(drafts.get(1), "JICA")).isFalse();
    assertThat(drafts.get(1).instrument).isEqualTo(Instrument.AGREEMENT);
  }

  @Test
  void marksAnMouTargetedForNextMonthAsPlanned() {
    List<Draft> drafts =
        drafts(
            "PT Pertamina (Persero) dan Saudi Aramco tengah mematangkan nota kesepahaman kerja"
                + " sama kilang. MoU tersebut ditargetkan diteken bulan depan di Riyadh.");

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).planned).isTrue();
    assertThat(drafts.get(0).signed).isFalse();
  }

  @Test
  void givesNoAgreementForAnMouSignedYearsAgo() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian dan JICA pernah meneken nota kesepahaman tentang industri"
                + " otomotif pada 2019. Kini kedua pihak membahas program baru untuk industri"
                + " baterai.");

    assertThat(drafts).isEmpty();
  }

  @Test
  void givesOnlyTheNewAgreementWhenAnEarlierOneIsMentioned() {
    List<Draft> drafts =
        drafts(
            "PT Pertamina (Persero) dan ExxonMobil menandatangani nota kesepahaman tentang"
                + " penangkapan karbon, Jumat (8/9). Kedua perusahaan sebelumnya pernah meneken"
                + " perjanjian kerja sama eksplorasi pada 2019.");

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).instrument).isEqualTo(Instrument.MOU);
    assertThat(drafts.get(0).signedOn).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void givesNoAgreementForATermination() {
    List<Draft> drafts =
        drafts(
            "PT Pertamina (Persero) resmi mengakhiri perjanjian kerja sama dengan Saudi Aramco"
                + " terkait proyek kilang Cilacap. Pemutusan perjanjian itu diumumkan Senin.");

    assertThat(drafts).isEmpty();
  }

  @Test
  void givesNoAgreementForTalkOfExploringCooperation() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian dan Kementerian Perdagangan sepakat menjajaki kerja sama di"
                + " bidang hilirisasi industri. Kedua kementerian akan membentuk tim bersama.");

    assertThat(drafts).isEmpty();
  }

  @Test
  void givesNoAgreementWhenTheSigningIsDenied() {
    List<Draft> drafts =
        drafts(
            "PT Pertamina (Persero) dan Saudi Aramco belum menandatangani perjanjian kerja sama"
                + " apa pun terkait kilang Cilacap.");

    assertThat(drafts).isEmpty();
  }

  @Test
  void recordsWhomADeputySignedFor() {
    List<Draft> drafts =
        drafts(
            "Menteri Perindustrian Agus Gumiwang Kartasasmita yang diwakili oleh Sekretaris"
                + " Jenderal Kemenperin Dody Widodo dan Kepala Perwakilan JICA Takehiro Kano"
                + " menandatangani nota kesepahaman tentang industri hijau di Jakarta, Jumat"
                + " (8/9).");

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).signatories)
        .extracting(Draft.SignatoryDraft::name, Draft.SignatoryDraft::onBehalfOf)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Dody Widodo", "Agus Gumiwang Kartasasmita"),
            org.assertj.core.groups.Tuple.tuple("Takehiro Kano", null));
    assertThat(drafts.get(0).signatories)
        .extracting(Draft.SignatoryDraft::name)
        .doesNotContain("Agus Gumiwang Kartasasmita");
  }

  @Test
  void usesTheTitleForAnUnnamedPrincipal() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian dan JICA menandatangani nota kesepahaman tentang industri"
                + " hijau, Jumat (8/9). Menperin yang diwakili oleh Sekretaris Jenderal Kemenperin"
                + " Dody Widodo meneken dokumen itu bersama Kepala Perwakilan JICA Takehiro"
                + " Kano.");

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).signatories)
        .filteredOn(g -> g.name().equals("Dody Widodo"))
        .extracting(Draft.SignatoryDraft::onBehalfOf)
        .containsExactly("Menperin");
  }

  @Test
  void doesNotMakeWitnessesSignatories() {
    List<Draft> drafts =
        drafts(
            "PT PLN (Persero) dan PT Vale Indonesia Tbk menandatangani perjanjian jual beli"
                + " listrik, Jumat (8/9). Perjanjian itu diteken Direktur Utama PLN Darmawan"
                + " Prasodjo, disaksikan oleh Presiden Joko Widodo.");

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).signatories)
        .extracting(Draft.SignatoryDraft::name)
        .contains("Darmawan Prasodjo")
        .doesNotContain("Joko Widodo");
  }

  @Test
  void addsDetailsFromLaterSentencesToTheAgreement() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian dan JICA menandatangani nota kesepahaman tentang industri"
                + " hijau, Jumat (8/9). Nota kesepahaman itu berlaku selama 5 tahun dan dapat"
                + " diperpanjang. Bentuk kegiatan yang disepakati antara lain pertukaran tenaga"
                + " ahli dan pelatihan vokasi.");

    assertThat(drafts).hasSize(1);
    Draft d = drafts.get(0);
    assertThat(d.termYears).isEqualTo(5);
    assertThat(d.extendable).isTrue();
    assertThat(d.activities).containsExactly("pertukaran tenaga ahli", "pelatihan vokasi");
  }

  @Test
  void needsTwoPartiesForAnAgreement() {
    List<Draft> drafts =
        drafts(
            "Kementerian Perindustrian menandatangani sejumlah dokumen di Jakarta, Jumat (8/9).");

    assertThat(drafts).isEmpty();
  }
}
