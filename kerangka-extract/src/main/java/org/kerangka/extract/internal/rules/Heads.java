package org.kerangka.extract.internal.rules;

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

  static PartyKind kindOf(String headLower, String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.contains("universitas")
        || n.contains("university")
        || n.startsWith("institut teknologi")
        || n.contains("politeknik")
        || n.contains("polytechnic")
        || n.contains("sekolah tinggi")
        || n.contains("college")
        || n.contains("akademi")) {
      return PartyKind.ACADEMIC;
    }
    if (n.contains("research")
        || n.contains("riset")
        || n.contains("penelitian")
        || n.contains("fraunhofer")
        || n.startsWith("institute")
        || n.contains(" institute of ")
        || n.contains("laboratory")) {
      return PartyKind.RESEARCH;
    }
    if (n.contains("federasi")
        || n.contains("federation")
        || n.contains("asosiasi")
        || n.contains("association")
        || n.contains("kamar dagang")
        || n.contains("chamber")
        || n.contains("kadin")
        || n.startsWith("persatuan")
        || n.startsWith("perhimpunan")
        || n.startsWith("ikatan")
        || n.startsWith("himpunan")
        || n.startsWith("gabungan")
        || n.startsWith("komite")
        || n.startsWith("konfederasi")) {
      return PartyKind.ASSOCIATION;
    }
    if (n.startsWith("pt ")
        || n.startsWith("cv ")
        || n.startsWith("perum ")
        || n.contains(" tbk")
        || n.contains("persero")
        || n.contains("corporation")
        || n.contains("company")
        || n.contains(" co.")
        || n.contains(" inc")
        || n.contains(" ltd")
        || n.contains("holdings")
        || n.contains(" group")
        || n.contains("pjsc")
        || n.contains("gmbh")
        || n.endsWith(" ag")
        || n.contains("international")
        || n.contains("foods")) {
      return PartyKind.COMPANY;
    }
    if (n.startsWith("rumah sakit") || n.startsWith("rsup") || n.contains("hospital")) {
      return PartyKind.OTHER;
    }
    if (n.startsWith("lembaga pembiayaan") || n.contains("export credit")) {
      return PartyKind.OTHER;
    }
    if (n.startsWith("kementerian")
        || n.startsWith("ministry")
        || n.startsWith("badan")
        || n.startsWith("pemerintah")
        || n.startsWith("pemprov")
        || n.startsWith("pemkab")
        || n.startsWith("pemkot")
        || n.startsWith("department")
        || n.startsWith("departemen")
        || n.contains("agency")
        || n.startsWith("office")
        || n.contains("administration")
        || n.startsWith("administrasi")
        || n.contains("government")
        || n.startsWith("dinas")
        || n.startsWith("direktorat")
        || n.startsWith("otoritas")
        || n.contains("authority")
        || n.startsWith("komisi")
        || n.startsWith("kantor")) {
      return PartyKind.GOVERNMENT;
    }
    if (n.startsWith("bank of ")
        || n.startsWith("central bank")
        || n.equals("bank indonesia")
        || n.startsWith("bank sentral")
        || n.contains("reserve bank")
        || n.contains("national bank of")) {
      return PartyKind.GOVERNMENT; // central banks
    }
    if (headLower.equals("bank")) {
      return PartyKind.COMPANY;
    }
    return PartyKind.OTHER;
  }

  /** Indonesian-language heads imply an Indonesian organisation unless a country is named. */
  static boolean indonesianHead(String headLower) {
    return ID_START.contains(headLower) && !headLower.equals("bank");
  }
}
