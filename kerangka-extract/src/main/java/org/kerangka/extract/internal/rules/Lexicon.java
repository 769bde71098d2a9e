package org.kerangka.extract.internal.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Instrument;

/** Cue words of Indonesian and English agreement news, all lower case. */
final class Lexicon {
  private Lexicon() {}

  /** An immutable set that tolerates repeated words in the lists below. */
  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Signing words that on their own report a signing (not "dilakukan", "disepakati"). */
  static final Set<String> SIGN_STRONG =
      set(
          "ditandatangani",
          "menandatangani",
          "diteken",
          "meneken",
          "teken",
          "penandatanganan",
          "tandatangani",
          "signed",
          "sign",
          "signing",
          "inked",
          "ink",
          "inks",
          "signs",
          "sealed",
          "seal",
          "seals");

  /** Verbs and nouns that report a signing, with the weaker "dilakukan", "disepakati". */
  static final Set<String> SIGN =
      with(SIGN_STRONG, "ditanda", "dilakukan", "menyepakati", "disepakati");

  private static Set<String> with(Set<String> base, String... more) {
    java.util.Set<String> all = new java.util.HashSet<>(base);
    all.addAll(java.util.Arrays.asList(more));
    return Set.copyOf(all);
  }

  /** Words that make the signing a plan. */
  static final Set<String> PLANNED =
      set(
          "akan",
          "dijadwalkan",
          "ditargetkan",
          "menargetkan",
          "targetkan",
          "rencana",
          "rencananya",
          "berencana",
          "direncanakan",
          "merencanakan",
          "rancangan",
          "draf",
          "draft",
          "mematangkan",
          "merundingkan",
          "dirundingkan",
          "perundingan",
          "negosiasi",
          "bernegosiasi",
          "berharap",
          "harapannya",
          "diharapkan",
          "will",
          "plans",
          "plan",
          "planned",
          "expected",
          "hoped",
          "hopes",
          "intends",
          "negotiating",
          "negotiations",
          "set",
          "upcoming",
          "mendatang",
          "segera",
          "menyiapkan",
          "siapkan",
          "bakal");

  static final Set<String> NEGATION =
      set("belum", "tidak", "tak", "bukan", "no", "not", "never", "batal", "gagal");

  static final Set<String> TERMINATION =
      set(
          "mengakhiri",
          "diakhiri",
          "memutus",
          "diputus",
          "putus",
          "pemutusan",
          "menghentikan",
          "dihentikan",
          "hentikan",
          "membatalkan",
          "dibatalkan",
          "terminated",
          "terminate",
          "terminates",
          "cancelled",
          "canceled",
          "scrapped",
          "lapses",
          "expired",
          "berakhir");

  static final Set<String> WITNESS =
      set("disaksikan", "menyaksikan", "witnessed", "witnessing", "saksi", "witness");

  /** Words that refer back to an agreement already named. */
  static final Set<String> ANAPHOR = set("tersebut", "itu", "ini", "the", "this", "that", "it");

  static final Set<String> SUMMARY_COUNT =
      set(
          "dua",
          "tiga",
          "empat",
          "lima",
          "enam",
          "sejumlah",
          "beberapa",
          "berbagai",
          "two",
          "three",
          "four",
          "five",
          "six",
          "several",
          "string",
          "series",
          "number",
          "serangkaian",
          "puluhan",
          "belasan",
          "dozens",
          "seven",
          "eight",
          "tujuh",
          "delapan");

  static final Set<String> ENUMERATION =
      set(
          "pertama",
          "kedua",
          "ketiga",
          "keempat",
          "kelima",
          "keenam",
          "terakhir",
          "selanjutnya",
          "kemudian",
          "selain",
          "also",
          "separately",
          "meanwhile",
          "sedangkan",
          "sementara",
          "additionally",
          "same",
          "another",
          "first",
          "second",
          "third",
          "fourth",
          "lastly",
          "finally");

  /** Words that end a list item or a subject-matter phrase. */
  static final Set<String> PHRASE_STOP =
      set(
          "yang",
          "senilai",
          "dengan",
          "antara",
          "oleh",
          "pada",
          "di",
          "dalam",
          "sebagai",
          "agar",
          "supaya",
          "sehingga",
          "karena",
          "saat",
          "ketika",
          "usai",
          "setelah",
          "sebelum",
          "hingga",
          "sampai",
          "worth",
          "with",
          "between",
          "by",
          "at",
          "on",
          "in",
          "during",
          "which",
          "that",
          "who",
          "to",
          "as",
          "after",
          "before",
          "until",
          "under",
          "from",
          "dari",
          "bersama",
          "kepada",
          "berlaku",
          "selama",
          "untuk",
          "for",
          "over",
          "valid",
          "according",
          "menurut",
          "kata",
          "ujar",
          "said",
          "says");

  /** Items after these introduce the areas of cooperation. */
  static final Set<String> AREA_CUES =
      set(
          "meliputi",
          "mencakup",
          "mencakupi",
          "cakupan",
          "cakupannya",
          "lingkup",
          "dicakup",
          "difokuskan",
          "fokus",
          "memuat",
          "mengatur",
          "covers",
          "cover",
          "covering",
          "covered",
          "focus",
          "focuses",
          "focusing",
          "hal");

  /** Items after these introduce activities. */
  static final Set<String> ACTIVITY_CUES =
      set(
          "kegiatan",
          "kegiatannya",
          "bentuk",
          "bentuknya",
          "activities",
          "activity",
          "pursue",
          "carry",
          "berupa");

  /** Recognises an instrument starting at token {@code i}; returns its length in tokens. */
  static int instrumentAt(java.util.List<Tok> t, int i, Instrument[] kind) {
    Tok a = t.get(i);
    String w = a.lower();
    String n1 = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    String n2 = i + 2 < t.size() ? t.get(i + 2).lower() : "";
    String n3 = i + 3 < t.size() ? t.get(i + 3).lower() : "";
    switch (w) {
      case "mou", "mou-nya", "memorandum", "moc" -> {
        kind[0] = Instrument.MOU;
        if (w.equals("memorandum")
            && n1.equals("of")
            && (n2.equals("understanding") || n2.equals("cooperation"))) {
          return 3;
        }
        if (w.equals("memorandum")
            && (n1.equals("kerja") && n2.equals("sama") || n1.equals("kerjasama"))) {
          return n1.equals("kerjasama") ? 2 : 3;
        }
        if (w.equals("memorandum") && n1.equals("saling") && n2.equals("pengertian")) {
          return 3;
        }
        return 1;
      }
      case "hoa" -> {
        kind[0] = Instrument.AGREEMENT;
        return 1;
      }
      case "heads", "head" -> {
        if (n1.equals("of") && n2.equals("agreement")) {
          kind[0] = Instrument.AGREEMENT;
          return 3;
        }
        return 0;
      }
      case "nota" -> {
        if (n1.equals("kesepahaman") || n1.equals("kesepakatan") || n1.equals("kesepahamannya")) {
          kind[0] = Instrument.MOU;
          return 2;
        }
        return 0;
      }
      case "pks" -> {
        kind[0] = Instrument.AGREEMENT;
        return 1;
      }
      case "perjanjian" -> {
        kind[0] = Instrument.AGREEMENT;
        if (n1.equals("kerja") && n2.equals("sama")) {
          return 3;
        }
        return 1;
      }
      case "kontrak",
          "contract",
          "contracts",
          "agreement",
          "agreements",
          "kesepakatan",
          "deal",
          "deals",
          "pact" -> {
        if (w.equals("kesepakatan") && n1.equals("bersama")) {
          kind[0] = Instrument.MOU; // "Kesepakatan Bersama" is the MoU of Indonesian agencies
          return 2;
        }
        kind[0] = Instrument.AGREEMENT;
        return 1;
      }
      case "loi", "moa" -> {
        kind[0] = w.equals("loi") ? Instrument.LOI : Instrument.AGREEMENT;
        return 1;
      }
      case "letter" -> {
        if (n1.equals("of") && n2.equals("intent")) {
          kind[0] = Instrument.LOI;
          return 3;
        }
        return 0;
      }
      case "surat" -> {
        if ((n1.equals("pernyataan") && (n2.equals("minat") || n2.equals("kehendak")))
            || (n1.equals("minat") || n1.equals("niat"))) {
          kind[0] = Instrument.LOI;
          return n1.equals("pernyataan") ? 3 : 2;
        }
        return 0;
      }
      case "protokol", "protocol" -> {
        kind[0] = Instrument.PROTOCOL;
        return 1;
      }
      case "amandemen", "amendment", "adendum", "addendum", "amendemen" -> {
        kind[0] = Instrument.AMENDMENT;
        return 1;
      }
      case "perpanjangan" -> {
        kind[0] = Instrument.AMENDMENT;
        return 1;
      }
      case "joint" -> {
        if (n1.equals("declaration") || n1.equals("statement")) {
          kind[0] = Instrument.OTHER;
          return n2.equals("of") && n3.equals("intent") ? 4 : 2;
        }
        return 0;
      }
      case "jdoi", "declaration" -> {
        kind[0] = Instrument.OTHER;
        return 1;
      }
      case "deklarasi" -> {
        kind[0] = Instrument.OTHER;
        return n1.equals("bersama") ? 2 : 1;
      }
      case "dokumen", "document", "documents" -> {
        kind[0] = null;
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }

  /** How specific an instrument word is: explicit names beat generic "agreement". */
  static int specificity(@Nullable Instrument kind, String firstWord) {
    if (kind == null) {
      return 0;
    }
    return switch (firstWord) {
      case "deal", "deals", "pact", "agreement", "agreements", "perjanjian" -> 1;
      case "kesepakatan" -> kind == Instrument.MOU ? 3 : 1;
      case "kontrak", "contract", "contracts" -> 2;
      default -> 3;
    };
  }

  /** Parses a small number written as digits or words (satu..dua belas, one..twelve). */
  static int smallNumber(String w) {
    return switch (w) {
      case "satu", "one", "a", "an", "se" -> 1;
      case "dua", "two" -> 2;
      case "tiga", "three" -> 3;
      case "empat", "four" -> 4;
      case "lima", "five" -> 5;
      case "enam", "six" -> 6;
      case "tujuh", "seven" -> 7;
      case "delapan", "eight" -> 8;
      case "sembilan", "nine" -> 9;
      case "sepuluh", "ten" -> 10;
      case "sebelas", "eleven" -> 11;
      case "twelve" -> 12;
      case "fifteen" -> 15;
      case "twenty" -> 20;
      case "thirty" -> 30;
      default -> {
        if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(Character::isDigit)) {
          yield Integer.parseInt(w);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && (w.endsWith("-year") || w.endsWith("-tahun"))) {
          yield smallNumber(w.substring(0, dash));
        }
        yield -1;
      }
    };
  }

  /** Indonesian/English domain words that appear inside organisation names and titles. */
  static final Set<String> DOMAIN =
      set(
          "energi",
          "energy",
          "sumber",
          "daya",
          "mineral",
          "mineral",
          "resources",
          "resource",
          "investasi",
          "investment",
          "industri",
          "industry",
          "industrial",
          "trade",
          "commerce",
          "economy",
          "economic",
          "ekonomi",
          "sains",
          "science",
          "teknologi",
          "technology",
          "informasi",
          "information",
          "infrastruktur",
          "infrastructure",
          "hilirisasi",
          "riset",
          "research",
          "inovasi",
          "innovation",
          "nasional",
          "national",
          "umum",
          "pusat",
          "new",
          "renewable",
          "baru",
          "terbarukan",
          "konservasi",
          "conservation",
          "water",
          "air",
          "management",
          "public",
          "works",
          "housing",
          "health",
          "welfare",
          "family",
          "keluarga",
          "finance",
          "foreign",
          "affairs",
          "luar",
          "negeri",
          "dalam",
          "home",
          "agriculture",
          "rural",
          "development",
          "climate",
          "iklim",
          "hijau",
          "green",
          "growth",
          "digital",
          "transport",
          "transportation",
          "marine",
          "fisheries",
          "maritime",
          "maritim",
          "power",
          "electricity",
          "listrik",
          "gas",
          "bumi",
          "minyak",
          "oil",
          "mining",
          "tambang",
          "hukum",
          "law",
          "justice",
          "labour",
          "labor",
          "tenaga",
          "kerja",
          "manpower",
          "education",
          "culture",
          "sport",
          "tourism",
          "pariwisata",
          "kreatif",
          "creative",
          "koordinator",
          "coordinating",
          "bidang",
          "urusan",
          "federal",
          "union",
          "state",
          "standardisasi",
          "jasa",
          "usaha",
          "mikro",
          "kecil",
          "menengah",
          "koperasi",
          "bumn",
          "agraria",
          "tata",
          "ruang",
          "lingkungan",
          "hidup",
          "kehutanan",
          "environment",
          "forestry",
          "soil",
          "and",
          "dan",
          "of",
          "for",
          "pada",
          "at",
          "the",
          "to",
          "development",
          "strategic",
          "policy",
          "kebijakan",
          "pangan",
          "food",
          "farmasi",
          "pharmaceutical",
          "kimia",
          "chemical",
          "pertahanan",
          "defense",
          "defence",
          "security",
          "keamanan",
          "sekretariat",
          "negara",
          "kabinet",
          "sosial",
          "social",
          "agama",
          "religious",
          "perumahan",
          "rakyat",
          "wholesale",
          "international",
          "banking",
          "banking",
          "operations",
          "officer",
          "executive",
          "chief",
          "operating",
          "financial",
          "investment",
          "promotion",
          "exploration",
          "production",
          "upstream",
          "downstream",
          "marketing",
          "pemasaran",
          "keuangan",
          "operasi",
          "niaga",
          "bisnis",
          "business",
          "komersial",
          "commercial",
          "utama",
          "pelaksana",
          "internasional",
          "umum",
          "perencanaan",
          "planning",
          "luar",
          "hubungan",
          "relations",
          "corporate",
          "korporat",
          "sdm",
          "human",
          "capital",
          "strategi",
          "teknik",
          "engineering",
          "ekspor",
          "export",
          "impor",
          "import",
          "pengembangan",
          "perdagangan",
          "perindustrian",
          "urban",
          "perkotaan",
          "regional",
          "daerah",
          "wilayah",
          "unit",
          "induk",
          "distribusi",
          "distribution",
          "transmisi",
          "pembangkitan",
          "generation",
          "dewan",
          "direksi",
          "board",
          "directors",
          "anggota",
          "member",
          "ketua",
          "wakil",
          "deputy",
          "vice",
          "senior",
          "general",
          "manager",
          "country",
          "regional",
          "asia",
          "pacific",
          "tenggara",
          "southeast",
          "pasifik",
          "jateng",
          "jatim",
          "jabar",
          "sumut",
          "sumsel",
          "sumbar",
          "sulsel",
          "sulut",
          "kaltim",
          "kalbar",
          "kalsel",
          "kepri",
          "diy",
          "dki",
          "jakarta",
          "surabaya",
          "bandung",
          "semarang",
          "yogyakarta",
          "eropa",
          "afrika",
          "amerika",
          "latin",
          "oseania",
          "raya",
          "east",
          "west",
          "north",
          "south",
          "timur",
          "barat",
          "utara",
          "selatan");

  /** True for domain words and Indonesian derived nouns (ke-an, pe-an, per-an) in names. */
  static boolean domainWord(Tok t) {
    String w = t.lower();
    if (DOMAIN.contains(w)) {
      return true;
    }
    if (w.length() >= 7
        && w.endsWith("an")
        && (w.startsWith("ke")
            || w.startsWith("pe")
            || w.startsWith("pem")
            || w.startsWith("pen"))) {
      return true;
    }
    return false;
  }
}
