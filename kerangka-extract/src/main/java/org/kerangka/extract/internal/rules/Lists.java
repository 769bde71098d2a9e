package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Areas and activities listed in a sentence: items after "meliputi / mencakup / covers / focus on"
 * are areas, items after "bentuk kegiatan / kegiatannya / activities include" are activities, and
 * the subject of the instrument ("nota kesepahaman tentang X dan Y") gives areas when no list does.
 */
final class Lists {
  private Lists() {}

  private static final Set<String> STRONG_ACTIVITY =
      Lexicon.set(
          "pelatihan",
          "magang",
          "pertukaran",
          "studi",
          "kunjungan",
          "lokakarya",
          "seminar",
          "workshop",
          "workshops",
          "training",
          "exchange",
          "exchanges",
          "dialog",
          "dialogue",
          "pendampingan",
          "penyusunan",
          "penempatan",
          "berbagi",
          "sharing",
          "fasilitasi",
          "pembimbingan",
          "mobilitas",
          "feasibility",
          "pilot",
          "capacity",
          "technical",
          "joint",
          "temu",
          "promosi");

  private static final Set<String> FILLERS =
      Lexicon.set(
          "antara",
          "lain",
          "yaitu",
          "yakni",
          "berupa",
          "adalah",
          "sejumlah",
          "bidang",
          "pada",
          "include",
          "includes",
          "including",
          "on",
          "of",
          "the",
          "sektor",
          "kerja",
          "sama",
          "dalam",
          "hal",
          ":",
          "khususnya",
          "terutama",
          "seperti",
          "meliputi",
          "mencakup",
          "ialah",
          "will",
          "are",
          "is");

  static void apply(String s, Sent x, Draft d, boolean trigger) {
    List<Tok> t = x.t;
    int n = t.size();
    for (int i = 0; i < n; i++) {
      String w = t.get(i).lower();
      boolean area = Lexicon.AREA_CUES.contains(w);
      boolean activity = Lexicon.ACTIVITY_CUES.contains(w);
      if (w.equals("hal")
          && (!(i > 0 && t.get(i - 1).is("dalam"))
              || i + 1 < n && (t.get(i + 1).is("ini") || t.get(i + 1).is("itu")))) {
        area = false; // "dalam hal ini" is not a list
      }
      if (w.equals("lingkup")
          || w.equals("cakupan")
          || w.equals("cakupannya")
          || w.equals("kegiatan") && isNounSubject(t, i)
          || w.equals("bentuk")
          || w.equals("kegiatannya")
          || w.equals("bentuknya")
          || w.equals("activities")) {
        // the verb comes later: "Ruang lingkup kerja sama meliputi ...", "Bentuk kegiatan yang
        // disepakati antara lain ..."
        int j = i + 1;
        while (j < n && j < i + 8 && !listStart(t, j)) {
          j++;
        }
        if (j >= n || j >= i + 8) {
          continue;
        }
        boolean act = activity || w.equals("bentuk") || w.equals("bentuknya");
        List<String> items = items(s, t, j);
        store(x, d, items, act, t.get(j).start());
        return;
      }
      if (w.equals("on")
          && i > 0
          && (t.get(i - 1).is("cooperate")
              || t.get(i - 1).is("collaborate")
              || t.get(i - 1).is("together")
              || t.get(i - 1).is("focus")
              || t.get(i - 1).is("focusing"))) {
        List<String> items = items(s, t, i + 1); // "will cooperate on hydrogen, ammonia ..."
        if (trigger) {
          // in the signing sentence it is the subject; a later "covers ..." list may replace it
          if (d.areas.isEmpty() && !items.isEmpty()) {
            d.areas.addAll(items);
            d.evidence(x.start, x.end, "areas");
          }
        } else {
          store(x, d, items, false, t.get(i).start());
        }
        return;
      }
      if ((w.equals("berupa") || w.equals("pursue") || w.equals("carry"))
          && !startsInstrument(x, i + 1)) {
        List<String> items = items(s, t, i + (w.equals("carry") ? 2 : 1));
        store(x, d, items, true, t.get(i).start());
        return;
      }
      if (area
          && (w.equals("meliputi")
              || w.equals("mencakup")
              || w.equals("mencakupi")
              || w.equals("covers")
              || w.equals("cover")
              || w.equals("covering")
              || w.equals("memuat")
              || w.equals("mengatur")
              || w.equals("hal")
              || w.equals("difokuskan")
              || w.equals("focus")
              || w.equals("focuses"))) {
        int j = i + 1;
        while (j < n && FILLERS.contains(t.get(j).lower()) && j < i + 5) {
          j++;
        }
        if (j >= n) {
          continue;
        }
        boolean act = precededByActivityCue(t, i);
        List<String> items = items(s, t, j);
        if (!act && !items.isEmpty()) {
          List<String> lead = leadIn(s, x, i, trigger);
          if (!lead.isEmpty()) {
            lead.addAll(items);
            items = lead;
          }
        }
        store(x, d, items, act, t.get(j).start());
        return;
      }
    }
    if (trigger && !d.areasExplicit && d.areas.isEmpty()) {
      subject(s, x, d);
    }
  }

  /**
   * Areas named before a list cue in the same sentence, which the list continues: "Besides rice
   * supply, the document covers A, B and C", "Selain X, kerja sama meliputi ...", and in the
   * signing sentence "signed an MoU on X, covering A and B". The lead-in phrase must end at a comma
   * before the cue.
   */
  private static List<String> leadIn(String s, Sent x, int cue, boolean trigger) {
    List<Tok> t = x.t;
    int from = -1;
    if (t.size() > 2
        && (t.get(0).is("besides") || t.get(0).is("selain"))
        && !t.get(1).is("itu")
        && !t.get(1).is("ini")
        && !t.get(1).is("that")
        && !t.get(1).is("this")) {
      from = 1;
    } else if (trigger) {
      for (int[] span : x.instruments) {
        int k = span[1] + 1;
        if (k < cue
            && (t.get(k).is("on")
                || t.get(k).is("tentang")
                || t.get(k).is("mengenai")
                || t.get(k).is("about"))) {
          from = k + 1;
          break;
        }
      }
    }
    if (from < 0) {
      return new ArrayList<>();
    }
    int comma = -1;
    for (int k = from; k < cue; k++) {
      Tok a = t.get(k);
      if (a.is(",")) {
        comma = k;
        break;
      }
      if (!a.isWord() && !a.is("-") || x.orgAt(k) != null || x.personAt(k) != null) {
        return new ArrayList<>();
      }
    }
    if (comma <= from || comma - from > 8 || comma + 4 < cue) {
      return new ArrayList<>();
    }
    return new ArrayList<>(split(s, t, from, comma));
  }

  private static boolean startsInstrument(Sent x, int k) {
    for (int[] span : x.instruments) {
      if (span[0] == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNounSubject(List<Tok> t, int i) {
    return i == 0 || !t.get(i - 1).is("dan");
  }

  private static boolean listStart(List<Tok> t, int j) {
    String w = t.get(j).lower();
    return w.equals("meliputi")
        || w.equals("mencakup")
        || w.equals("berupa")
        || w.equals("yaitu")
        || w.equals("yakni")
        || w.equals("include")
        || w.equals("includes")
        || w.equals("adalah")
        || w.equals("lain") && j > 0 && t.get(j - 1).is("antara");
  }

  private static boolean precededByActivityCue(List<Tok> t, int i) {
    for (int k = 0; k < i; k++) {
      String w = t.get(k).lower();
      if (w.equals("kegiatan")
          || w.equals("kegiatannya")
          || w.equals("activities")
          || w.equals("bentuk")) {
        return true;
      }
    }
    return false;
  }

  private static void store(Sent x, Draft d, List<String> items, boolean activity, int at) {
    if (items.isEmpty()) {
      return;
    }
    if (!activity) {
      int strong = 0;
      for (String it : items) {
        String first = it.toLowerCase(Locale.ROOT).split(" ")[0];
        if (STRONG_ACTIVITY.contains(first)
            || it.toLowerCase(Locale.ROOT).contains("bersama")
            || it.toLowerCase(Locale.ROOT).startsWith("riset bersama")) {
          strong++;
        }
      }
      if (strong * 2 > items.size()) {
        activity = true;
      }
    }
    if (activity) {
      if (d.activities.isEmpty()) {
        d.activities.addAll(items);
        d.evidence(x.start, x.end, "activities");
      }
    } else if (d.areasExplicit && (x.has("juga") || x.has("also") || x.has("additionally"))) {
      d.areas.addAll(items); // "rancangan juga memuat ...": a second list adds to the first
      d.evidence(x.start, x.end, "areas");
    } else if (!d.areasExplicit) {
      if (!d.sentences.contains(x.index) || x.index != d.trigger) {
        d.areas.clear(); // an explicit list replaces the subject phrase of an earlier sentence
      }
      d.areas.addAll(items);
      d.areasExplicit = true;
      d.evidence(x.start, x.end, "areas");
    }
  }

  /** Items from token {@code from} to the end of the list. */
  static List<String> items(String s, List<Tok> t, int from) {
    int n = t.size();
    while (from < n
        && (FILLERS.contains(t.get(from).lower()) && !t.get(from).lower().equals("pada"))) {
      from++;
    }
    int end = from;
    int depth = 0;
    for (int k = from; k < n; k++) {
      Tok a = t.get(k);
      if (a.is("(")) {
        depth++;
      } else if (a.is(")")) {
        depth = Math.max(0, depth - 1);
      }
      if (depth == 0 && (a.is(".") || a.is("\"") || a.is("!") || a.is("?"))) {
        break;
      }
      if (depth == 0
          && k > from
          && (a.is("according")
              || a.is("menurut")
              || a.is("sehingga")
              || a.is("agar")
              || a.is("supaya")
              || a.is("kata")
              || a.is("ujar")
              || a.is("said")
              || a.is("sesuai")
              || a.is("dengan")
              || a.is("apabila")
              || a.is("jika")
              || a.is("worth")
              || a.is("senilai")
              || a.is("untuk")
                  && k + 1 < n
                  && (t.get(k + 1).is("mendukung") || t.get(k + 1).is("memperkuat")))) {
        break;
      }
      if (depth == 0
          && a.is(",")
          && k + 1 < n
          && (t.get(k + 1).is("according")
              || t.get(k + 1).is("menurut")
              || t.get(k + 1).is("kata")
              || t.get(k + 1).is("ujar")
              || t.get(k + 1).is("it")
              || t.get(k + 1).is("which"))) {
        break;
      }
      end = k + 1;
    }
    if (end <= from) {
      return List.of();
    }
    return split(s, t, from, end);
  }

  /** Splits tokens [from,to) on semicolons, commas and the final conjunction. */
  static List<String> split(String s, List<Tok> t, int from, int to) {
    List<int[]> segs = new ArrayList<>();
    boolean semicolons = false;
    for (int k = from; k < to; k++) {
      semicolons |= t.get(k).is(";");
    }
    int depth = 0;
    int segStart = from;
    for (int k = from; k < to; k++) {
      Tok a = t.get(k);
      if (a.is("(")) {
        depth++;
      } else if (a.is(")")) {
        depth = Math.max(0, depth - 1);
      }
      boolean sep = depth == 0 && (semicolons ? a.is(";") : a.is(",") || a.is(";"));
      if (sep) {
        segs.add(new int[] {segStart, k});
        segStart = k + 1;
      }
    }
    segs.add(new int[] {segStart, to});
    // "A, B, dan C (X), D, serta E": with "serta" closing the list, an earlier ", dan" closes
    // an item of its own: "A, B, dan C (X)" is one item
    int fin = segs.size() - 1;
    if (fin >= 2 && t.get(segs.get(fin)[0]).is("serta")) {
      for (int j = fin - 1; j >= 1; j--) {
        if (t.get(segs.get(j)[0]).is("dan") || t.get(segs.get(j)[0]).is("and")) {
          int[] merged = {segs.get(0)[0], segs.get(j)[1]};
          List<int[]> rest = new ArrayList<>(segs.subList(j + 1, segs.size()));
          segs.clear();
          segs.add(merged);
          segs.addAll(rest);
          break;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      int a = segs.get(i)[0];
      int b = segs.get(i)[1];
      // strip leading conjunctions and fillers
      while (a < b
          && (t.get(a).is("dan")
              || t.get(a).is("serta")
              || t.get(a).is("and")
              || t.get(a).is("or")
              || t.get(a).is("atau")
              || t.get(a).is("termasuk")
              || t.get(a).is("including")
              || t.get(a).is("terutama")
              || t.get(a).is("khususnya")
              || t.get(a).is("an")
              || t.get(a).is("a")
              || t.get(a).is("the")
              || t.get(a).is("sektor")
              || t.get(a).is("bidang")
              || t.get(a).is("hal"))) {
        a++;
      }
      if (a >= b) {
        continue;
      }
      boolean last = i == segs.size() - 1;
      boolean single = segs.size() == 1;
      // the final conjunction: "serta" first, otherwise the first "dan"/"and"
      int conj = -1;
      if (last || single) {
        for (int k = a + 1; k < b; k++) {
          if (t.get(k).is("serta")) {
            conj = k;
            break;
          }
        }
        if (conj < 0 && (last && segs.size() > 1 && !semicolons || single)) {
          for (int k = a + 1; k < b; k++) {
            if ((t.get(k).is("dan") || t.get(k).is("and"))
                && depthAt(t, a, k) == 0
                && !fixedPair(t, k)) {
              conj = k;
              break;
            }
          }
        }
      }
      // "industri otomotif, terutama kendaraan listrik" -> handled by commas; "X termasuk Y"
      for (int k = a + 1; k < b; k++) {
        if (t.get(k).is("termasuk") || t.get(k).is("including") || t.get(k).is("terutama")) {
          addItem(out, t, a, k);
          a = k + 1;
          if (conj >= 0 && conj < a) {
            conj = -1;
          }
          break;
        }
      }
      if (conj > a) {
        addItem(out, t, a, conj);
        addItem(out, t, conj + 1, b);
      } else {
        addItem(out, t, a, b);
      }
    }
    mergeAcronymCoordination(t, out);
    List<String> items = new ArrayList<>();
    for (int[] span : out) {
      String item = s.substring(t.get(span[0]).start(), t.get(span[1] - 1).end()).strip();
      if (item.length() >= 2 && item.length() <= 160 && span[1] - span[0] <= 20) {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * "penangkapan, pemanfaatan, dan penyimpanan karbon (CCUS)", "carbon capture, utilization and
   * storage (CCUS)": items coordinated under one bracketed acronym are one item. They are merged
   * when the initials of the items' words spell the acronym, or when the items before the acronym's
   * item are bare single words (at least two) and the acronym has more letters than there are such
   * words — a shared head noun, not a list of areas.
   */
  private static void mergeAcronymCoordination(List<Tok> t, List<int[]> spans) {
    for (int i = 1; i < spans.size(); i++) {
      int[] last = spans.get(i);
      int open = -1;
      for (int k = last[0]; k + 2 < last[1]; k++) {
        if (t.get(k).is("(") && t.get(k + 1).acronym() && t.get(k + 2).is(")")) {
          open = k;
          break;
        }
      }
      if (open < 0) {
        continue;
      }
      String acronym = t.get(open + 1).text().toLowerCase(Locale.ROOT);
      int first = -1;
      StringBuilder initials = new StringBuilder(initials(t, last[0], open));
      for (int j = i - 1; j >= 0; j--) {
        initials.insert(0, initials(t, spans.get(j)[0], spans.get(j)[1]));
        if (initials.toString().equals(acronym)) {
          first = j;
          break;
        }
        if (initials.length() >= acronym.length()) {
          break;
        }
      }
      if (first < 0) {
        // "penangkapan, pemanfaatan, dan penyimpanan karbon (CCUS)": bare words of the same
        // shape as the first word of the acronym's item (same first and last two letters)
        String head = t.get(last[0]).lower();
        int j = i - 1;
        while (j >= 0
            && spans.get(j)[1] - spans.get(j)[0] == 1
            && t.get(spans.get(j)[0]).isWord()
            && sameShape(t.get(spans.get(j)[0]).lower(), head)) {
          j--;
        }
        int bare = i - 1 - j;
        if (bare >= 2 && acronym.length() > bare) {
          first = j + 1;
        }
      }
      if (first >= 0) {
        int[] merged = {spans.get(first)[0], last[1]};
        spans.subList(first, i + 1).clear();
        spans.add(first, merged);
        i = first;
      }
    }
  }

  private static boolean sameShape(String a, String b) {
    return a.length() >= 5
        && b.length() >= 5
        && a.regionMatches(0, b, 0, 2)
        && a.regionMatches(a.length() - 2, b, b.length() - 2, 2);
  }

  /** The lower-case initials of the content words in tokens [a,b). */
  private static String initials(List<Tok> t, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      Tok w = t.get(k);
      if (w.isWord()
          && !w.is("and")
          && !w.is("of")
          && !w.is("the")
          && !w.is("for")
          && !w.is("dan")
          && !w.is("serta")) {
        sb.append(Character.toLowerCase(w.text().charAt(0)));
      }
    }
    return sb.toString();
  }

  /** "kecil dan menengah", "small and medium", "research and development": one item. */
  private static boolean fixedPair(List<Tok> t, int k) {
    if (k == 0 || k + 1 >= t.size()) {
      return true;
    }
    String a = t.get(k - 1).lower();
    String b = t.get(k + 1).lower();
    if (b.equals("derivatives")
        || b.equals("turunannya")
        || b.equals("komponennya")
        || b.equals("turunan") && k + 2 >= t.size()) {
      return true; // "crude palm oil and derivatives" is one item
    }
    return a.equals("capture") && b.equals("storage")
        || a.equals("kecil") && b.equals("menengah")
        || a.equals("small") && b.equals("medium")
        || a.equals("small") && b.startsWith("medium")
        || a.equals("research") && b.equals("development")
        || a.equals("penelitian") && b.equals("pengembangan")
        || a.equals("riset") && b.equals("pengembangan")
        || a.equals("oil") && b.equals("gas")
        || a.equals("minyak") && b.equals("gas")
        || a.equals("baru") && b.equals("terbarukan")
        || a.equals("efisiensi") && b.equals("konservasi")
        || a.equals("pengolahan") && b.equals("pemurnian")
        || a.equals("eksplorasi") && b.equals("pemetaan")
        || a.equals("pengujian") && b.equals("sertifikasi")
        || a.equals("supply") && b.equals("sanitation")
        || a.equals("water") && b.equals("sanitation")
        || a.equals("kebijakan") && b.equals("peraturan")
        || a.equals("rekayasa") && b.equals("desain")
        || a.equals("kimia") && b.equals("petrokimia")
        || a.equals("farmasi") && b.equals("alat")
        || a.equals("pencegahan") && b.equals("pengendalian")
        || a.equals("data") && b.equals("informasi")
        || a.equals("kapal") && b.equals("kapal");
  }

  private static int depthAt(List<Tok> t, int a, int k) {
    int depth = 0;
    for (int j = a; j < k; j++) {
      if (t.get(j).is("(")) {
        depth++;
      } else if (t.get(j).is(")")) {
        depth = Math.max(0, depth - 1);
      }
    }
    return depth;
  }

  private static void addItem(List<int[]> out, List<Tok> t, int a, int b) {
    while (a < b
        && (t.get(a).isPunct() && !t.get(a).is("(")
            || PURPOSE_VERBS.contains(t.get(a).lower()) && a + 1 < b
            || t.get(a).is("the") && a + 1 < b
            || t.get(a).is("dan")
            || t.get(a).is("serta")
            || t.get(a).is("and")
            || t.get(a).is("an")
            || t.get(a).is("a"))) {
      a++;
    }
    while (b > a
        && (t.get(b - 1).isPunct() && !t.get(b - 1).is(")")
            || t.get(b - 1).is("dan")
            || t.get(b - 1).is("and"))) {
      b--;
    }
    if (a < b) {
      out.add(new int[] {a, b});
    }
  }

  private static boolean verbLike(Tok a) {
    String w = a.lower();
    return w.startsWith("me")
        || w.startsWith("ber")
        || w.startsWith("di")
        || w.startsWith("ter")
        || w.startsWith("mem")
        || w.startsWith("meng");
  }

  private static final java.util.Set<String> SUBJECT_FILLERS =
      Lexicon.set(
          "kerja",
          "sama",
          "tentang",
          "mengenai",
          "terkait",
          "bidang",
          "on",
          "for",
          "untuk",
          "serupa",
          "similar",
          "baru",
          "new",
          "kerjasama",
          "sektor",
          "soal",
          "perihal");

  /** A subject that is a study: the study is the activity, its object the area. */
  private static final java.util.Set<String> STUDY_WORDS =
      Lexicon.set("studi", "study", "kajian", "feasibility", "pilot", "uji");

  private static final java.util.Set<String> PURPOSE_VERBS =
      Lexicon.set(
          "expand",
          "develop",
          "study",
          "explore",
          "evaluate",
          "build",
          "set",
          "supply",
          "promote",
          "strengthen",
          "deepen",
          "support",
          "establish",
          "cooperate",
          "fund",
          "finance",
          "boost",
          "accelerate",
          "improve",
          "create",
          "construct",
          "upgrade",
          "increase",
          "enhance",
          "jointly");

  /**
   * "nota kesepahaman tentang X dan Y", "kontrak pasokan X", "a geothermal cooperation agreement",
   * "an MoU ... to expand X and develop Y": the subject of the instrument, as areas.
   */
  private static void subject(String s, Sent x, Draft d) {
    List<Tok> t = x.t;
    int n = t.size();
    for (int si = 0; si < x.instruments.size(); si++) {
      int[] span = x.instruments.get(si);
      if (si + 1 < x.instruments.size() && x.instruments.get(si + 1)[0] <= span[1] + 3) {
        continue; // "surat pernyataan minat atau Letter of Intent (LoI)": use the last name
      }
      int k = span[1] + 1;
      if (k < n && t.get(k).is(")")) {
        k++; // the instrument was the bracketed form: "Letter of Intent (LoI)"
      }
      if (k < n && t.get(k).is("(")) {
        int c = DocAnalyzer.closeParen(t, k, 10);
        if (c > 0) {
          k = c + 1;
        }
      }
      while (k < n
          && (SUBJECT_FILLERS.contains(t.get(k).lower())
              || t.get(k).is("di") && k + 1 < n && t.get(k + 1).is("bidang"))) {
        k++;
      }
      if (k < n && Lexicon.ANAPHOR.contains(t.get(k).lower())) {
        continue;
      }
      if (k < n
          && (t.get(k).is("antara")
              || t.get(k).is("dengan")
              || t.get(k).is("between")
              || t.get(k).is("with")
              || t.get(k).is("at")
              || t.get(k).is("to"))) {
        k = purposeAfterParties(x, k);
      }
      boolean english = false;
      if (k < 0 || k >= n) {
        k = englishPurpose(x, span[1] + 1);
        english = true; // "to expand the Cirata floating solar plant": a name may start it
        if (k < 0) {
          if (premodifier(t, span, d)) {
            return;
          }
          continue;
        }
      }
      // "kontrak studi kelayakan ... untuk proyek amonia hijau": the study is the activity,
      // the project the area
      if (STUDY_WORDS.contains(t.get(k).lower())) {
        int e = phraseEnd(x, k);
        if (e > k && d.activities.isEmpty()) {
          d.activities.add(s.substring(t.get(k).start(), t.get(e - 1).end()));
        }
        int p = purposeAfter(t, e);
        if (p < 0) {
          continue;
        }
        k = p;
      }
      int e = phraseEnd(x, k);
      if (e - k >= 1
          && e - k <= 25
          && (t.get(k).isWord() && (!t.get(k).cap() || english) || t.get(k).kind() == Tok.NUMBER)) {
        List<String> items = new ArrayList<>(split(s, t, k, e));
        // "... pendidikan vokasi sistem ganda di bidang mekatronika dan otomasi industri"
        if (e + 2 < n && t.get(e).is("di") && t.get(e + 1).is("bidang")) {
          int e2 = phraseEnd(x, e + 2);
          if (e2 > e + 2) {
            items.addAll(split(s, t, e + 2, e2));
            e = e2;
          }
        }
        items.removeIf(it -> it.split(" ").length > 14);
        if (!items.isEmpty()) {
          d.areas.addAll(items);
          d.evidence(t.get(k).start(), t.get(e - 1).end(), "areas");
          return;
        }
      }
      if (premodifier(t, span, d)) {
        return;
      }
    }
  }

  /** "antara A dan B untuk X": the index after "untuk" following the last party, or -1. */
  private static int purposeAfterParties(Sent x, int k) {
    List<Tok> t = x.t;
    int after = k;
    for (OrgMention m : x.orgs) {
      after = Math.max(after, m.last());
    }
    int p = purposeAfter(t, after + 1);
    return p;
  }

  private static int purposeAfter(List<Tok> t, int j) {
    while (j < t.size() && (t.get(j).is(",") || t.get(j).is(")"))) {
      j++;
    }
    if (j < t.size()
        && (t.get(j).is("untuk")
            || t.get(j).is("tentang")
            || t.get(j).is("mengenai")
            || t.get(j).is("terkait")
            || t.get(j).is("for")
            || t.get(j).is("on"))) {
      return j + 1;
    }
    if (j + 1 < t.size() && t.get(j).is("di") && t.get(j + 1).is("bidang")) {
      return j + 2;
    }
    return -1;
  }

  /** "signed an MoU on Tuesday to expand the Cirata plant": the object after "to VERB". */
  private static int englishPurpose(Sent x, int from) {
    List<Tok> t = x.t;
    for (int j = from; j < Math.min(t.size() - 1, from + 12); j++) {
      Tok a = t.get(j);
      if (a.is(".") || a.is(";")) {
        return -1;
      }
      if (a.is("to") && PURPOSE_VERBS.contains(t.get(j + 1).lower())) {
        int k = j + 1;
        while (k < t.size()
            && (PURPOSE_VERBS.contains(t.get(k).lower())
                || t.get(k).is("up")
                || t.get(k).is("the")
                || t.get(k).is("a")
                || t.get(k).is("an")
                || t.get(k).is("development") && k + 1 < t.size() && t.get(k + 1).is("of")
                || t.get(k).is("of") && k > 0 && t.get(k - 1).is("development"))) {
          k++;
        }
        return k < t.size() ? k : -1;
      }
    }
    return -1;
  }

  /** Where a subject phrase starting at {@code k} ends (exclusive). */
  private static int phraseEnd(Sent x, int k) {
    List<Tok> t = x.t;
    int e = k;
    int depth = 0;
    while (e < t.size()) {
      Tok a = t.get(e);
      if (a.is("untuk")
          && e > k
          && e + 1 < t.size()
          && !verbLike(t.get(e + 1))
          && Lexicon.smallNumber(t.get(e + 1).lower()) < 0) {
        e++;
        continue;
      }
      if (a.is("bersama") && e + 1 < t.size() && !t.get(e + 1).cap()) {
        e++;
        continue;
      }
      if ((a.is("and") || a.is("dan"))
          && e + 1 < t.size()
          && PURPOSE_VERBS.contains(t.get(e + 1).lower())) {
        e++; // "to expand X and develop Y": keep going, the verb is dropped when splitting
        continue;
      }
      if (a.is("(")) {
        depth++;
      } else if (a.is(")")) {
        depth--;
      }
      if (depth <= 0
          && (a.is(".")
              || Lexicon.PHRASE_STOP.contains(a.lower()) && !(a.is("dan") || a.is("and"))
              || a.cap() && !a.acronym() && e > k && depth == 0 && DateWords.isWeekday(a.lower())
              || a.is(",")
                  && e + 1 < t.size()
                  && (DateWords.isWeekday(t.get(e + 1).lower())
                      || t.get(e + 1).is("senilai")
                      || t.get(e + 1).is("worth")
                      || t.get(e + 1).is("covering")
                      || t.get(e + 1).is("including")
                      || t.get(e + 1).cap() && !t.get(e + 1).acronym()))) {
        break;
      }
      if (a.cap() && !a.acronym() && depth == 0 && (x.orgAt(e) != null || x.personAt(e) != null)) {
        break;
      }
      if (depth == 0
          && (Lexicon.SIGN.contains(a.lower())
              || Lexicon.PLANNED.contains(a.lower())
              || x.countryIso[e] != null && a.cap() && e == k
              || a.is("\""))) {
        break;
      }
      e++;
    }
    return e;
  }

  /** English pre-modifier: "a geothermal cooperation agreement" gives "geothermal". */
  private static boolean premodifier(List<Tok> t, int[] span, Draft d) {
    int b = span[0] - 1;
    int a = b;
    while (a >= 0
        && t.get(a).isWord()
        && !t.get(a).cap()
        && !t.get(a).is("a")
        && !t.get(a).is("an")
        && !t.get(a).is("the")
        && !Lexicon.SIGN.contains(t.get(a).lower())
        && !Lexicon.PLANNED.contains(t.get(a).lower())
        && b - a < 4) {
      a--;
    }
    if (a >= 0 && (t.get(a).is("a") || t.get(a).is("an")) && a < b) {
      StringBuilder sb = new StringBuilder();
      for (int j = a + 1; j <= b; j++) {
        String w = t.get(j).lower();
        if (w.equals("cooperation")
            || w.equals("supply")
            || w.equals("purchase")
            || w.equals("joint")
            || w.equals("study")
            || w.equals("grant")
            || w.equals("framework")
            || w.equals("new")) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t.get(j).text());
      }
      if (sb.length() > 2) {
        d.areas.add(sb.toString());
        return true;
      }
    }
    return false;
  }
}
