package org.kerangka.extract.internal.rules;

import java.util.List;

/**
 * Finds an agreement's term and whether it can be extended: "berlaku selama 5 tahun dan dapat
 * diperpanjang", "for a period of five years, renewable", "five-year memorandum", "over 12 months".
 */
final class Term {
  private Term() {}

  static void find(Sent x, Draft d) {
    List<Tok> t = x.t;
    int n = t.size();
    if (d.termYears == null) {
      for (int i = 0; i < n; i++) {
        Tok a = t.get(i);
        // "five-year memorandum", "lima-tahun"
        int hyphen = Lexicon.smallNumber(a.lower());
        if (hyphen > 0
            && (a.lower().endsWith("-year") || a.lower().endsWith("-tahun"))
            && i + 1 < n
            && instrumentish(t.get(i + 1))) {
          d.termYears = hyphen;
          d.evidence(a.start(), a.end(), "term_years");
          break;
        }
        int num = Lexicon.smallNumber(a.lower());
        if (num <= 0 || i + 1 >= n) {
          continue;
        }
        String unit = t.get(i + 1).lower();
        boolean years = unit.equals("tahun") || unit.equals("years") || unit.equals("year");
        boolean months = unit.equals("bulan") || unit.equals("months");
        if (!years && !months) {
          continue;
        }
        if (!termContext(t, i)) {
          continue;
        }
        if (i + 2 < n
            && (t.get(i + 2).is("lalu") || t.get(i + 2).is("ago") || t.get(i + 2).is("terakhir"))) {
          continue;
        }
        int value = years ? num : (num % 12 == 0 ? num / 12 : -1);
        if (value > 0 && value <= 50) {
          d.termYears = value;
          d.evidence(a.start(), t.get(i + 1).end(), "term_years");
          break;
        }
      }
    }
    if (d.extendable == null) {
      for (int i = 0; i < n; i++) {
        String w = t.get(i).lower();
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        String next = i + 1 < n ? t.get(i + 1).lower() : "";
        boolean yes =
            w.equals("diperpanjang")
                    && (prev.equals("dapat")
                        || prev.equals("bisa")
                        || prev.equals("kembali")
                        || next.equals("secara")
                        || next.equals("otomatis")
                        || prev.equals("akan"))
                || w.equals("renewable")
                    && !(next.length() > 0
                        && Character.isLetter(next.charAt(0))
                        && !next.equals("for")
                        && !next.equals("by")
                        && !next.equals("upon")
                        && !next.equals("every")
                        && !next.equals("automatically"))
                || w.equals("extendable")
                || (w.equals("renews") || w.equals("renewed"))
                    && (next.equals("automatically")
                        || prev.equals("automatically")
                        || prev.equals("be"))
                || w.equals("extended")
                    && (prev.equals("be") || prev.equals("further"))
                    && (t.get(Math.max(0, i - 2)).is("may") || t.get(Math.max(0, i - 2)).is("can"))
                || w.equals("diperbarui") && (prev.equals("dapat") || prev.equals("bisa"));
        if (yes && !(w.equals("diperpanjang") && prev.equals("tidak"))) {
          d.extendable = Boolean.TRUE;
          d.evidence(t.get(i).start(), t.get(i).end(), "extendable");
          break;
        }
      }
    }
  }

  private static boolean instrumentish(Tok a) {
    return switch (a.lower()) {
      case "memorandum",
          "mou",
          "agreement",
          "contract",
          "deal",
          "pact",
          "term",
          "arrangement",
          "swap",
          "partnership",
          "plan",
          "programme",
          "program" ->
          true;
      default -> false;
    };
  }

  /** A number of years counts as a term only after words like "berlaku", "selama", "for". */
  private static boolean termContext(List<Tok> t, int i) {
    for (int k = Math.max(0, i - 5); k < i; k++) {
      String w = t.get(k).lower();
      switch (w) {
        case "berlaku",
            "selama",
            "periode",
            "jangka",
            "valid",
            "period",
            "effect",
            "another",
            "additional",
            "over",
            "perpanjang",
            "memperpanjang",
            "diperpanjang",
            "extend",
            "kurun",
            "concluded" -> {
          return true;
        }
        case "untuk", "for" -> {
          if (k == i - 1
              || k == i - 2
                  && (t.get(i - 1).is("a")
                      || t.get(i - 1).is("another")
                      || t.get(i - 1).is("periode")
                      || t.get(i - 1).is("jangka"))) {
            return true;
          }
        }
        default -> {}
      }
    }
    // "lima tahun ke depan" after a verb of extension or validity
    if (i + 3 < t.size() && t.get(i + 2).is("ke") && t.get(i + 3).is("depan")) {
      for (int k = Math.max(0, i - 8); k < i; k++) {
        if (t.get(k).lower().startsWith("perpanj") || t.get(k).lower().equals("memperpanjang")) {
          return true;
        }
      }
    }
    if (i + 2 < t.size() && (t.get(i + 2).is("more") || t.get(i + 2).is("lagi"))) {
      return true;
    }
    return false;
  }
}
