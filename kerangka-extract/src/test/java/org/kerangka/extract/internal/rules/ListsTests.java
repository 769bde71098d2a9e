package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListsTests {

  /** Applies the list rules to the first sentence of {@code text} as a follow-up sentence. */
  private static Draft listsOf(String text) {
    Analysed a = Analysed.of(text);
    Draft d = new Draft(0);
    Lists.apply(a.text(), a.sent(0), d, false);
    return d;
  }

  @Test
  void splitsACommaListWithAFinalSerta() {
    Draft d =
        listsOf(
            "Ruang lingkup kerja sama meliputi energi terbarukan, hilirisasi mineral, serta"
                + " pengembangan sumber daya manusia.");

    assertThat(d.areas)
        .containsExactly(
            "energi terbarukan", "hilirisasi mineral", "pengembangan sumber daya manusia");
    assertThat(d.activities).isEmpty();
  }

  @Test
  void splitsACommaListWithAFinalDan() {
    Draft d = listsOf("Kerja sama itu mencakup pertanian, perikanan dan pariwisata.");

    assertThat(d.areas).containsExactly("pertanian", "perikanan", "pariwisata");
  }

  @Test
  void splitsAnEnglishListWithASerialComma() {
    Draft d =
        listsOf(
            "The agreement covers renewable energy, critical minerals, and infrastructure"
                + " financing.");

    assertThat(d.areas)
        .containsExactly("renewable energy", "critical minerals", "infrastructure financing");
  }

  @Test
  void splitsASemicolonListAndKeepsCommasInsideItems() {
    Draft d =
        listsOf(
            "Kerja sama tersebut mencakup industri kimia, petrokimia dan farmasi; industri baja;"
                + " dan pariwisata.");

    assertThat(d.areas)
        .containsExactly("industri kimia, petrokimia dan farmasi", "industri baja", "pariwisata");
  }

  @Test
  void makesTheItemAfterTerutamaItsOwnItem() {
    Draft d =
        listsOf(
            "Kerja sama tersebut mencakup industri otomotif, terutama kendaraan listrik; industri"
                + " baja; dan pariwisata.");

    assertThat(d.areas)
        .containsExactly("industri otomotif", "kendaraan listrik", "industri baja", "pariwisata");
  }

  @Test
  void makesTheItemAfterTermasukItsOwnItem() {
    Draft d = listsOf("Kerja sama meliputi sektor kesehatan, termasuk produksi vaksin.");

    assertThat(d.areas).containsExactly("kesehatan", "produksi vaksin");
  }

  @Test
  void makesTheItemAfterIncludingItsOwnItem() {
    Draft d =
        listsOf("The cooperation covers research and development, including clinical trials.");

    assertThat(d.areas).containsExactly("research and development", "clinical trials");
  }

  @Test
  void keepsAnInnerDanOfAFixedPairInOneItem() {
    Draft d =
        listsOf(
            "Nota kesepahaman itu mencakup pemberdayaan industri kecil dan menengah,"
                + " digitalisasi, dan promosi ekspor.");

    assertThat(d.areas)
        .containsExactly(
            "pemberdayaan industri kecil dan menengah", "digitalisasi", "promosi ekspor");
  }

  @Test
  void readsActivitiesAfterBentukKegiatan() {
    Draft d =
        listsOf(
            "Bentuk kegiatan yang disepakati antara lain pertukaran tenaga ahli, pelatihan"
                + " vokasi, dan riset bersama.");

    assertThat(d.activities)
        .containsExactly("pertukaran tenaga ahli", "pelatihan vokasi", "riset bersama");
    assertThat(d.areas).isEmpty();
  }

  @Test
  void treatsAListOfTrainingAndExchangesAsActivities() {
    Draft d =
        listsOf(
            "Kerja sama itu meliputi pelatihan guru, pertukaran pelajar, dan lokakarya"
                + " kurikulum.");

    assertThat(d.activities)
        .containsExactly("pelatihan guru", "pertukaran pelajar", "lokakarya kurikulum");
  }

  @Test
  void stopsTheListAtAReportingVerb() {
    Draft d = listsOf("Kerja sama ini mencakup pertanian dan perikanan, kata Menteri Pertanian.");

    assertThat(d.areas).containsExactly("pertanian", "perikanan");
  }

  @Test
  void takesTheSubjectOfTheInstrumentAsAreasWhenNoListIsGiven() {
    Analysed a =
        Analysed.of(
            "Kemenperin dan JICA menandatangani nota kesepahaman tentang industri hijau, Jumat"
                + " (8/9).");
    Draft d = new Draft(0);

    Lists.apply(a.text(), a.sent(0), d, true);

    assertThat(d.areas).containsExactly("industri hijau");
  }

  @Test
  void keepsExplicitAreasOverLaterLists() {
    Analysed a =
        Analysed.of(
            "Kerja sama itu meliputi pertanian dan perikanan. Program lain mencakup pariwisata.");
    Draft d = new Draft(0);

    Lists.apply(a.text(), a.sent(0), d, false);
    Lists.apply(a.text(), a.sent(1), d, false);

    assertThat(d.areas).containsExactly("pertanian", "perikanan");
  }

  @Test
  void findsNoListInASentenceWithoutACue() {
    Draft d = listsOf("Kedua pihak berharap kerja sama ini berjalan baik.");

    assertThat(d.areas).isEmpty();
    assertThat(d.activities).isEmpty();
  }

  @Test
  void keepsItemsSharingOneBracketedAcronymTogether() {
    Draft id =
        listsOf(
            "Kerja sama meliputi panas bumi, bioenergi, pengolahan, pengangkutan, dan penyimpanan"
                + " gas alam cair (LNG).");
    Draft en =
        listsOf(
            "The memorandum covers solar power, battery energy storage systems (BESS) and grids.");

    assertThat(id.areas)
        .containsExactly(
            "panas bumi",
            "bioenergi",
            "pengolahan, pengangkutan, dan penyimpanan gas alam cair (LNG)");
    assertThat(en.areas)
        .containsExactly("solar power", "battery energy storage systems (BESS)", "grids");
  }

  @Test
  void mergesEnglishItemsWhoseInitialsSpellTheAcronym() {
    Draft d =
        listsOf("The deal covers port logistics, carbon capture, utilization and storage (CCUS).");

    assertThat(d.areas)
        .containsExactly("port logistics", "carbon capture, utilization and storage (CCUS)");
  }

  @Test
  void doesNotMergeAListWhoseAcronymBelongsToTheLastItemOnly() {
    Draft d = listsOf("Kerja sama mencakup pertanian, perikanan, dan usaha mikro kecil (UMK).");

    assertThat(d.areas).containsExactly("pertanian", "perikanan", "usaha mikro kecil (UMK)");
  }

  @Test
  void addsTheAreaNamedBeforeBesides() {
    Draft en = listsOf("Besides fertiliser supply, the deal covers logistics and soil testing.");
    Draft id = listsOf("Selain itu, kerja sama mencakup pariwisata.");

    assertThat(en.areas).containsExactly("fertiliser supply", "logistics", "soil testing");
    assertThat(id.areas).containsExactly("pariwisata");
  }

  @Test
  void keepsTheSubjectOfTheSignedInstrumentBeforeItsCoveringList() {
    Analysed a =
        Analysed.of(
            "PT Alpha and Beta Corp signed an MoU on battery recycling, covering cathode materials"
                + " and black mass.");
    Draft d = new Draft(0);

    Lists.apply(a.text(), a.sent(0), d, true);

    assertThat(d.areas).containsExactly("battery recycling", "cathode materials", "black mass");
  }
}
