package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void breaksAfterStopsFollowedByACapitalDigitQuoteOrBracket() {
    assertThat(split("Satu dua. Tiga empat! 5 orang hadir? \"Ya,\" katanya. (Dok) Foto."))
        .containsExactly(
            "Satu dua.", "Tiga empat!", "5 orang hadir?", "\"Ya,\" katanya.", "(Dok) Foto.");
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheSentence() {
    assertThat(split("\"Ini bukti produk Indonesia diminati.\" Kata Mendag. (Ini catatan.) Lalu."))
        .containsExactly(
            "\"Ini bukti produk Indonesia diminati.\"", "Kata Mendag.", "(Ini catatan.)", "Lalu.");
  }

  @Test
  void alwaysBreaksAtALineBreak() {
    assertThat(split("Baca Juga:\nHadapi Dampak Depresiasi Rupiah\nkata dia Dr.\nLalu"))
        .containsExactly("Baca Juga:", "Hadapi Dampak Depresiasi Rupiah", "kata dia Dr.", "Lalu");
  }

  @Test
  void doesNotBreakAfterTitlesAndAbbreviations() {
    for (String abbreviation :
        List.of(
            "Dr.", "Prof.", "Ir.", "H.", "Hj.", "Drs.", "S.T.", "M.Sc.", "Mr.", "Mrs.", "Ms.",
            "St.", "No.", "Jl.", "Kab.", "Kec.", "Kel.", "Tbk.", "Co.", "Ltd.", "Inc.", "Corp.",
            "Bhd.", "Pte.", "U.S.", "U.K.", "a.n.", "dll.", "dsb.", "yth.", "Sdr.", "Bpk.", "vs.",
            "e.g.", "i.e.", "approx.", "Jan.", "Feb.", "Sept.", "Oct.", "Nov.", "Dec.", "PT.",
            "Ph.D.")) {
      String sentence = "Hadir " + abbreviation + " Ahmad dan 3 orang lain.";
      assertThat(split(sentence + " Berikutnya."))
          .as(abbreviation)
          .containsExactly(sentence, "Berikutnya.");
    }
  }

  @Test
  void doesNotBreakAfterCapitalInitials() {
    for (String name :
        List.of(
            "Ina H. Krisnamurthi",
            "R.K. Singh",
            "Thomas R. Hardy",
            "Khalid A. Al-Falih",
            "B.J. Habibie")) {
      String sentence = "Hadir " + name + " di Jakarta.";
      assertThat(split(sentence + " Lalu pulang."))
          .as(name)
          .containsExactly(sentence, "Lalu pulang.");
    }
  }

  @Test
  void doesNotBreakInsideNumbersDatesAndMoney() {
    String sentence =
        "Nilainya 2,5 persen dari 5.000 unit atau 1.418,9 ton (3.5%) sejak 8/9 dan 05/03/2024"
            + " senilai Rp5.000,00 per unit.";
    assertThat(split(sentence + " Berikutnya.")).containsExactly(sentence, "Berikutnya.");
  }

  @Test
  void doesNotBreakAtAnEllipsisFollowedByLowerCase() {
    assertThat(split("Kami tunggu... lalu kami teken. Selesai... Besok lagi."))
        .containsExactly("Kami tunggu... lalu kami teken.", "Selesai...", "Besok lagi.");
  }

  @Test
  void splitsTokenisedIndoSumText() {
    String text =
        "\" Tidak hanya tarif tapi apa saja harus diatur . Dipanggil keduanya untuk berbicara ,"
            + " musyawarah . Kan bisa saling melengkapi , \" ucap Zulkifli di Gedung DPR , Senin ("
            + " 27 / 3 ) . Nilainya Rp 5.000 , 00 per unit sejak ( 8 / 9 ) . \" Itu mesti diatur"
            + " . \" Kata dia . Hadir Dr. Ahmad dan M.Hum. Ali .";
    assertThat(split(text))
        .containsExactly(
            "\" Tidak hanya tarif tapi apa saja harus diatur .",
            "Dipanggil keduanya untuk berbicara , musyawarah .",
            "Kan bisa saling melengkapi , \" ucap Zulkifli di Gedung DPR , Senin ( 27 / 3 ) .",
            "Nilainya Rp 5.000 , 00 per unit sejak ( 8 / 9 ) .",
            "\" Itu mesti diatur . \"",
            "Kata dia .",
            "Hadir Dr. Ahmad dan M.Hum. Ali .");
  }

  @Test
  void keepsAQuoteThatContinuesWithTheSpeakerInTokenisedText() {
    assertThat(split("\" Itu urusan perut . \" ujar Zulkifli . Lalu pulang ."))
        .containsExactly("\" Itu urusan perut . \" ujar Zulkifli .", "Lalu pulang .");
  }

  @Test
  void closesAQuotationThatSpansSeveralSentencesInTokenisedText() {
    assertThat(split("\" Kenapa ? Jadi digendong ? \" tanya Djarot . Lalu ? \" Ya . \""))
        .containsExactly(
            "\" Kenapa ?", "Jadi digendong ? \" tanya Djarot .", "Lalu ?", "\" Ya . \"");
  }

  @Test
  void splitsTheSeedIntoItsSentences() {
    String text = new Normalizer().normalize(Corpus.read("seed-000")).text();
    List<String> sentences = split(text);
    assertThat(sentences)
        .hasSize(13)
        .startsWith(
            "WahanaNews.co, Jakarta - Pemerintah Indonesia sepakat untuk bekerja sama dengan"
                + " pemerintah Republik Rakyat Tiongkok (RRT) serta pemerintah Republik Korea.",
            "Kerja sama tersebut sebagai upaya untuk membangun kerangka dalam memperkuat"
                + " pertukaran dan kerja sama di bidang industri.",
            "Diharapkan dapat mendorong pertukaran dan kerja sama yang efektif di bidang"
                + " industri.",
            "Baca Juga:");
    assertThat(sentences.get(10))
        .isEqualTo(
            "\"MoU kerja sama industri antara Kemenperin dengan MIIT RRT bertujuan untuk"
                + " mengembangkan kerja sama di sektor industri manufaktur selama kurun waktu 5"
                + " tahun dan dapat diperpanjang,\" ujar Menperin usai melakukan penandatanganan"
                + " MoU di Istana Negara, Jumat (8/9).");
    assertThat(sentences.get(12)).startsWith("Menperin menjelaskan").endsWith("kedua negara.");
  }

  @Test
  void splitsOnlyInsideTheGivenRangeWithTrimmedSpans() {
    String text = "Abaikan ini.   Satu dua.  Tiga.   Abaikan juga.";
    int start = text.indexOf("   Satu");
    int end = text.indexOf("Abaikan juga");
    List<Sentence> sentences = splitter.split(text, start, end);
    assertThat(sentences.stream().map(s -> text.substring(s.start(), s.end())))
        .containsExactly("Satu dua.", "Tiga.");
  }

  @Test
  void survivesHostileInputAndBadRanges() {
    for (String hostile : Corpus.hostile()) {
      for (Sentence s : splitter.split(hostile, 0, hostile.length())) {
        assertThat(s.end()).isLessThanOrEqualTo(hostile.length());
        assertThat(s.start()).isLessThan(s.end());
      }
    }
    assertThat(splitter.split("abc. Def.", -5, 99)).hasSize(2);
    assertThat(splitter.split("abc. Def.", 7, 2)).isEmpty();
  }

  private List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.toList());
  }
}
