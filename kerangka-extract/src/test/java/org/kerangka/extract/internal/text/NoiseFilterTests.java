package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoiseFilterTests {

  private final Normalizer normalizer = new Normalizer();
  private final NoiseFilter filter = new NoiseFilter();

  @Test
  void dropsStandaloneBacaJugaWithTheHeadlineBelowIt() {
    String content = content(Corpus.read("seed-000"));
    assertThat(content)
        .doesNotContain("Baca Juga")
        .doesNotContain("Hadapi Dampak Depresiasi Rupiah")
        .doesNotContain("Menperin: Indonesia Net Exporter Produk Halal")
        .contains("WahanaNews.co, Jakarta - Pemerintah Indonesia sepakat")
        .contains(
            "Perjanjian kerja sama industri Indonesia-RRT tersebut ditandatangani oleh Menteri"
                + " Perindustrian RI Agus Gumiwang Kartasasmita dan Menteri Perindustrian dan"
                + " Teknologi Informasi (MIIT) RRT Jin Zhuanglong.")
        .contains("\"MoU kerja sama industri antara Kemenperin dengan MIIT RRT");
  }

  @Test
  void keepsEveryBodyLineOfTheSeedWhole() {
    String text = normalizer.normalize(Corpus.read("seed-000")).text();
    List<String> blocks = blocks(text);
    assertThat(blocks).hasSize(8);
    assertThat(blocks.get(0)).startsWith("WahanaNews.co").endsWith("Republik Korea.");
    assertThat(blocks.get(4)).startsWith("Penandatanganan Memorandum").endsWith("September 2023");
    assertThat(blocks.get(7)).startsWith("Menperin menjelaskan").endsWith("kedua negara.");
  }

  @Test
  void dropsTeaserHeadlinesCaptionsAndCreditsInDevArticles() {
    String d012 = content(Corpus.read("D012"));
    assertThat(d012)
        .doesNotContain("PLN Teken MoU Pengembangan SPKLU")
        .doesNotContain("Penulis")
        .doesNotContain("Dilarang mengutip")
        .startsWith("Pabrik Sel Baterai Kendaraan Listrik di Karawang Mulai Produksi Komersial")
        .contains("Investasi tahap pertama pabrik ini mencapai US$1,1 miliar.");

    String d001 = content(Corpus.read("D001"));
    assertThat(d001)
        .doesNotContain("Foto:")
        .doesNotContain("berjabat tangan")
        .doesNotContain("Harga Cabai Rawit")
        .doesNotContain("Kemenperin Dorong IKM Pangan")
        .doesNotContain("Rina Oktaviani")
        .doesNotContain("Bambang Hermawan")
        .contains("Nota kesepahaman itu berlaku selama 5 tahun");

    String d017 = content(Corpus.read("D017"));
    assertThat(d017)
        .doesNotContain("bertukar dokumen MoU di Seoul")
        .doesNotContain("Kemenperin Catat PMI")
        .contains("MoU tersebut ditandatangani Direktur Utama Krakatau Steel Hendra Wiradinata");

    String d010 = content(Corpus.read("D010"));
    assertThat(d010)
        .doesNotContain("Copyright")
        .doesNotContain("(rdn/fik)")
        .doesNotContain("Timnas U-17")
        .contains("UCC Ueshima Coffee Co., Ltd., senilai 850 ribu dolar AS.");
  }

  @Test
  void dropsRelatedListsUntilTheBlankLine() {
    assertThat(content(Corpus.read("D002")))
        .doesNotContain("ARTIKEL TERKAIT")
        .doesNotContain("Pabrik Ban di Cikarang")
        .doesNotContain("Kemenperin Siapkan Insentif")
        .doesNotContain("Ekspor Furnitur Jepara")
        .doesNotContain("(ais/dwi)")
        .doesNotContain("Hak cipta");
    assertThat(content(Corpus.read("D026")))
        .doesNotContain("SEE ALSO")
        .doesNotContain("Rupiah weakens")
        .doesNotContain("Nickel prices slide")
        .contains("expected to exceed $1 billion");
    assertThat(content(Corpus.read("D031")))
        .doesNotContain("MORE FROM")
        .doesNotContain("Garuda Indonesia adds flights")
        .doesNotContain("Liam Chandra");
    assertThat(content(Corpus.read("D035"))).doesNotContain("RELATED").doesNotContain("BI holds");
    assertThat(content(Corpus.read("D027")))
        .doesNotContain("Related Articles")
        .doesNotContain("coal output");
    assertThat(content(Corpus.read("D032")))
        .doesNotContain("Related coverage")
        .doesNotContain("Jokowi meets")
        .doesNotContain("Michael Torres");
    assertThat(content(Corpus.read("D008")))
        .doesNotContain("Artikel Terkait")
        .doesNotContain("Bulog Salurkan");
  }

  @Test
  void dropsInlineTeasersAndEnglishCredits() {
    assertThat(content(Corpus.read("D029")))
        .doesNotContain("Related:")
        .doesNotContain("PMI rises for 19th")
        .doesNotContain("Stefan Vogel");
    assertThat(content(Corpus.read("D028")))
        .doesNotContain("Posted by")
        .doesNotContain("Asia Trade Monitor");
    for (String id :
        List.of(
            "D025", "D026", "D027", "D028", "D029", "D030", "D031", "D032", "D033", "D034", "D035",
            "D036")) {
      String content = content(Corpus.read(id));
      assertThat(content)
          .as(id)
          .doesNotContain("Reporting by")
          .doesNotContain("\u00A9")
          .doesNotContain("READ MORE");
    }
  }

  @Test
  void dropsAllKnownNoiseLinesAcrossTheDevCorpus() {
    for (String id : Corpus.devLanguages().keySet()) {
      String content = content(Corpus.read(id));
      for (String noise :
          List.of(
              "Baca Juga",
              "Baca juga",
              "Penulis:",
              "Editor:",
              "Reporter:",
              "Foto:",
              "PHOTO:",
              "(Foto:",
              "Copyright",
              "\u00A9",
              "By ")) {
        assertThat(content).as(id + " / " + noise).doesNotContain("\n" + noise);
        assertThat(content).as(id + " / " + noise).doesNotStartWith(noise);
      }
    }
  }

  @Test
  void dropsTokenisedTeasersInsideAParagraph() {
    String indosum =
        "Zulkifli menilai aturan itu perlu , kata dia , Senin ( 27 / 3 ) . Baca juga : Setya Novanto"
            + " Minta Kisruh Taksi Diselesaikan . Ketua Umum PAN menambahkan bahwa hal ini harus"
            + " diatur .\n[ Baca juga : Gerindra Setor 4 Nama untuk Pansus ] Menurut dia , titik temu"
            + " masih bisa dicari .\nBaca juga :\nSebelum 1 April Sudah Ada Ketetapan Tarif\n"
            + "Tim Cook , CEO Apple ( Foto : Reuters )\nEditor : Memey Mega\n( ais / dwi )";
    List<String> blocks = blocks(indosum);
    assertThat(blocks)
        .containsExactly(
            "Zulkifli menilai aturan itu perlu , kata dia , Senin ( 27 / 3 ) .",
            "Ketua Umum PAN menambahkan bahwa hal ini harus diatur .",
            "Menurut dia , titik temu masih bisa dicari .",
            "Tim Cook , CEO Apple");
  }

  @Test
  void dropsUpperCaseTeasersWithoutAColon() {
    assertThat(
            blocks(
                "Arema menang 2-0.\nSIMAK JUGA - Wenger : Saya Nyaris Tinggalkan Arsenal\nLalu."))
        .containsExactly("Arema menang 2-0.", "Lalu.");
  }

  @Test
  void keepsBodyLinesThatMerelyMentionNoiseWords() {
    String text =
        "Related to the deal, the ministry said talks would continue.\n"
            + "By 2030 the plant will make 10 GWh a year.\n"
            + "Editor senior itu mengatakan MoU berlaku lima tahun.\n"
            + "Kerja sama meliputi (a) riset, (b) pelatihan, dan (c) pertukaran ahli.";
    assertThat(blocks(text)).hasSize(4);
  }

  @Test
  void removesTrailingInitialsFromTheLastBodyLine() {
    assertThat(blocks("MoU itu berlaku lima tahun, kata dia. (ais/dwi)"))
        .containsExactly("MoU itu berlaku lima tahun, kata dia.");
  }

  @Test
  void answersWhetherAnOffsetIsContent() {
    String text = normalizer.normalize(Corpus.read("seed-000")).text();
    List<Block> blocks = filter.contentBlocks(text);
    assertThat(NoiseFilter.isContent(blocks, text.indexOf("Pemerintah Indonesia"))).isTrue();
    assertThat(NoiseFilter.isContent(blocks, text.indexOf("Hadapi Dampak"))).isFalse();
    assertThat(NoiseFilter.isContent(blocks, text.indexOf("Baca Juga"))).isFalse();
    assertThat(NoiseFilter.isContent(blocks, -1)).isFalse();
    assertThat(NoiseFilter.isContent(blocks, text.length())).isFalse();
  }

  @Test
  void survivesHostileInput() {
    for (String hostile : Corpus.hostile()) {
      List<Block> blocks = filter.contentBlocks(hostile);
      int previousEnd = 0;
      for (Block block : blocks) {
        assertThat(block.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(block.end()).isLessThanOrEqualTo(hostile.length());
        previousEnd = block.end();
      }
    }
  }

  private List<String> blocks(String normalised) {
    return filter.contentBlocks(normalised).stream()
        .map(b -> normalised.substring(b.start(), b.end()))
        .collect(Collectors.toList());
  }

  private String content(String original) {
    String text = normalizer.normalize(original).text();
    return String.join("\n", blocks(text));
  }
}
