package org.kerangka.extract.internal.rules;

import java.util.List;
import java.util.Set;
import org.kerangka.extract.PartyKind;

/** Head words that start or end an organisation name, with the kind they imply. */
final class Heads {
  private Heads() {}

  /** Indonesian heads that start a name ("Kementerian Keuangan", "PT Bio Farma"). */
  static final Set<String> ID_START =
      Lexicon.set(
          "kementerian",
          "kemenko",
          "badan",
          "lembaga",
          "dinas",
          "direktorat",
          "pemerintah",
          "pemprov",
          "pemkab",
          "pemkot",
          "universitas",
          "institut",
          "politeknik",
          "sekolah",
          "rumah",
          "rsup",
          "rsupn",
          "rsud",
          "federasi",
          "asosiasi",
          "kamar",
          "komisi",
          "otoritas",
          "departemen",
          "administrasi",
          "yayasan",
          "perum",
          "pt",
          "cv",
          "koperasi",
          "bank",
          "perusahaan",
          "kantor",
          "pusat",
          "balai",
          "akademi",
          "sekretariat",
          "persatuan",
          "perhimpunan",
          "ikatan",
          "himpunan",
          "gabungan",
          "komite",
          "konfederasi");

  /** English heads inside or at the end of a name ("Ministry of ...", "INPEX Corporation"). */
  static final Set<String> EN =
      Lexicon.set(
          "ministry",
          "department",
          "agency",
          "office",
          "bank",
          "university",
          "institute",
          "corporation",
          "company",
          "co.",
          "inc.",
          "ltd.",
          "ltd",
          "inc",
          "group",
          "holdings",
          "pjsc",
          "ag",
          "gmbh",
          "se",
          "plc",
          "foundation",
          "council",
          "federation",
          "association",
          "authority",
          "commission",
          "administration",
          "government",
          "chamber",
          "chambers",
          "organization",
          "organisation",
          "centre",
          "center",
          "enterprise",
          "enterprises",
          "foods",
          "bhd",
          "tbk",
          "limited",
          "corp.",
          "corp",
          "llc",
          "sa",
          "nv",
          "bv",
          "consortium",
          "institution",
          "college",
          "polytechnic",
          "school",
          "laboratory");

  /** English heads that can start a name ("Ministry of Health"). */
  static final Set<String> EN_START =
      Lexicon.set(
          "ministry",
          "department",
          "agency",
          "office",
          "bank",
          "university",
          "institute",
          "government",
          "federation",
          "association",
          "chamber",
          "council",
          "commission");

  /** One rule of {@link #kindOf}: name prefixes, contained words, suffixes, and the kind. */
  private record KindRule(
      PartyKind kind, List<String> prefixes, List<String> parts, List<String> suffixes) {
    boolean matches(String n) {
      return prefixes.stream().anyMatch(n::startsWith)
          || parts.stream().anyMatch(n::contains)
          || suffixes.stream().anyMatch(n::endsWith);
    }
  }

  /** Checked in order: the first rule that matches gives the kind. */
  private static final List<KindRule> KIND_RULES =
      List.of(
          new KindRule(
              PartyKind.ACADEMIC,
              List.of("institut teknologi"),
              List.of(
                  "universitas",
                  "university",
                  "politeknik",
                  "polytechnic",
                  "sekolah tinggi",
                  "college",
                  "akademi"),
              List.of()),
          new KindRule(
              PartyKind.RESEARCH,
              List.of("institute"),
              List.of(
                  "research", "riset", "penelitian", "fraunhofer", " institute of ", "laboratory"),
              List.of()),
          new KindRule(
              PartyKind.ASSOCIATION,
              List.of(
                  "persatuan",
                  "perhimpunan",
                  "ikatan",
                  "himpunan",
                  "gabungan",
                  "komite",
                  "konfederasi"),
              List.of(
                  "federasi",
                  "federation",
                  "asosiasi",
                  "association",
                  "kamar dagang",
                  "chamber",
                  "kadin"),
              List.of()),
          new KindRule(
              PartyKind.COMPANY,
              List.of("pt ", "cv ", "perum "),
              List.of(
                  " tbk",
                  "persero",
                  "corporation",
                  "company",
                  " co.",
                  " inc",
                  " ltd",
                  "holdings",
                  " group",
                  "pjsc",
                  "gmbh",
                  "international",
                  "foods"),
              List.of(" ag")),
          new KindRule(
              PartyKind.OTHER,
              List.of("rumah sakit", "rsup", "lembaga pembiayaan"),
              List.of("hospital", "export credit"),
              List.of()),
          new KindRule(
              PartyKind.GOVERNMENT,
              List.of(
                  "kementerian",
                  "ministry",
                  "badan",
                  "pemerintah",
                  "pemprov",
                  "pemkab",
                  "pemkot",
                  "department",
                  "departemen",
                  "office",
                  "administrasi",
                  "dinas",
                  "direktorat",
                  "otoritas",
                  "komisi",
                  "kantor",
                  // central banks
                  "bank of ",
                  "central bank",
                  "bank sentral"),
              List.of(
                  "agency",
                  "administration",
                  "government",
                  "authority",
                  "reserve bank",
                  "national bank of"),
              List.of()));

  static PartyKind kindOf(String headLower, String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.equals("bank indonesia")) {
      return PartyKind.GOVERNMENT;
    }
    for (KindRule rule : KIND_RULES) {
      if (rule.matches(n)) {
        return rule.kind();
      }
    }
    return headLower.equals("bank") ? PartyKind.COMPANY : PartyKind.OTHER;
  }

  /** Indonesian-language heads imply an Indonesian organisation unless a country is named. */
  static boolean indonesianHead(String headLower) {
    return ID_START.contains(headLower) && !headLower.equals("bank");
  }
}
