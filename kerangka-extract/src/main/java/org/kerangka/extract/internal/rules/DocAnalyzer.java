package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.PartyKind;
import org.kerangka.extract.internal.gazetteer.Gazetteer;

/**
 * Analyses the sentences of one document: organisations (gazetteer and name patterns), people with
 * their titles, instruments and signing cues. Keeps the document's organisations and people so that
 * later mentions ("Menperin", "Handoko", "Pemprov NTT") resolve to earlier ones.
 */
final class DocAnalyzer {
  final String s;
  final Gazetteer gaz;
  private final List<Gazetteer.OrgMatch> gOrgs;
  private final List<Gazetteer.CountryMatch> gCountries;
  private final List<Gazetteer.TitleMatch> gTitles;
  final List<DocOrg> orgs = new ArrayList<>();
  final List<Person> persons = new ArrayList<>();
  private final java.util.Set<String> firstNames = new java.util.HashSet<>();

  private final NameIndex names;

  DocAnalyzer(String normalised, Gazetteer gaz, NameIndex names) {
    this(normalised, 0, normalised.length(), gaz, names);
  }

  /** Analyses sentences inside {@code [from, to)} of the normalised text. */
  DocAnalyzer(String normalised, int from, int to, Gazetteer gaz, NameIndex names) {
    this.s = normalised;
    this.gaz = gaz;
    this.names = names;
    String part =
        from == 0 && to == normalised.length() ? normalised : normalised.substring(from, to);
    this.gOrgs =
        shift(
            gaz.findOrganisations(part),
            from,
            (m, d) ->
                new Gazetteer.OrgMatch(m.start() + d, m.end() + d, m.organisation(), m.viaTitle()));
    this.gCountries =
        shift(
            gaz.findCountries(part),
            from,
            (m, d) -> new Gazetteer.CountryMatch(m.start() + d, m.end() + d, m.iso2()));
    this.gTitles =
        shift(
            gaz.findTitles(part),
            from,
            (m, d) -> new Gazetteer.TitleMatch(m.start() + d, m.end() + d, m.title(), m.rank()));
  }

  private static <M> List<M> shift(
      List<M> matches, int delta, java.util.function.BiFunction<M, Integer, M> move) {
    if (delta == 0) {
      return matches;
    }
    List<M> out = new ArrayList<>(matches.size());
    for (M m : matches) {
      out.add(move.apply(m, delta));
    }
    return out;
  }

  Sent analyse(int index, int start, int end, boolean headline) {
    List<Tok> t = Tokenizer.tokenize(s, start, end);
    Sent x = new Sent(index, start, end, t, headline);
    mapMatches(x);
    findInstrumentsAndCues(x);
    findOrganisations(x);
    findPersons(x);
    return x;
  }

  // ---------------------------------------------------------------- gazetteer matches -> tokens

  private void mapMatches(Sent x) {
    List<Tok> t = x.t;
    int n = t.size();
    int ci = firstAtOrAfter(gCountries, Gazetteer.CountryMatch::start, x.start);
    int oi = firstAtOrAfter(gOrgs, Gazetteer.OrgMatch::start, x.start);
    int ti = firstAtOrAfter(gTitles, Gazetteer.TitleMatch::start, x.start);
    for (int i = 0; i < n; i++) {
      int ts = t.get(i).start();
      while (ci < gCountries.size() && gCountries.get(ci).start() < ts) {
        ci++;
      }
      if (ci < gCountries.size() && gCountries.get(ci).start() == ts) {
        int last = lastTokEndingBy(t, i, gCountries.get(ci).end());
        if (last >= 0) {
          x.countryIso[i] = gCountries.get(ci).iso2();
          x.countryLast[i] = last;
        }
      }
      while (oi < gOrgs.size() && gOrgs.get(oi).start() < ts) {
        oi++;
      }
      if (oi < gOrgs.size() && gOrgs.get(oi).start() == ts) {
        int last = lastTokEndingBy(t, i, gOrgs.get(oi).end());
        if (last >= 0) {
          x.gazOrg[i] = gOrgs.get(oi);
          x.gazOrgLast[i] = last;
        }
      }
      while (ti < gTitles.size() && gTitles.get(ti).start() < ts) {
        ti++;
      }
      if (ti < gTitles.size() && gTitles.get(ti).start() == ts) {
        int last = lastTokEndingBy(t, i, gTitles.get(ti).end());
        if (last >= 0) {
          x.title[i] = gTitles.get(ti);
          x.titleLast[i] = last;
        }
      }
    }
  }

  private static int lastTokEndingBy(List<Tok> t, int from, int end) {
    int last = -1;
    for (int j = from; j < t.size() && t.get(j).start() < end; j++) {
      if (t.get(j).end() <= end) {
        last = j;
      } else {
        return t.get(j).start() < end ? last : last;
      }
    }
    return last;
  }

  /** Index of the first match starting at or after {@code pos} in a list sorted by start. */
  private static <M> int firstAtOrAfter(
      List<M> l, java.util.function.ToIntFunction<M> start, int pos) {
    int lo = 0;
    int hi = l.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(l.get(mid)) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- instruments and cues

  private void findInstrumentsAndCues(Sent x) {
    List<Tok> t = x.t;
    Instrument[] kind = new Instrument[1];
    int insideInstrument = -1;
    for (int i = 0; i < t.size(); i++) {
      Tok a = t.get(i);
      if (!a.isWord()) {
        continue;
      }
      String w = a.lower();
      int len = i > insideInstrument ? Lexicon.instrumentAt(t, i, kind) : 0;
      if (len > 0) {
        insideInstrument = i + len - 1; // "Joint Declaration of Intent" is one instrument
        // "kerja sama" alone is not an instrument; "joint study agreement" is
        x.instruments.add(new int[] {i, i + len - 1});
        x.instrumentKinds.add(kind[0]);
        if (i > 0 && Lexicon.SUMMARY_COUNT.contains(t.get(i - 1).lower())
            || i > 1
                && Lexicon.SUMMARY_COUNT.contains(t.get(i - 2).lower())
                && !t.get(i - 1).cap()) {
          x.summary = true;
        }
        if (w.endsWith("s")
            && (w.equals("agreements")
                || w.equals("deals")
                || w.equals("documents")
                || w.equals("contracts"))) {
          x.summary = true;
        }
      }
      if (Lexicon.SIGN.contains(w)) {
        x.signing = true;
        if (Lexicon.SIGN_STRONG.contains(w)) {
          x.strongSigning = true;
          if (plannedBefore(t, i)) {
            x.plannedSigning = true;
          }
        }
      }
      if (Lexicon.NEGATION.contains(w) && near(t, i, Lexicon.SIGN_STRONG, 6)) {
        x.negated = true;
      }
      if (Lexicon.TERMINATION.contains(w)) {
        x.termination = true;
      }
      if (Lexicon.ANAPHOR.contains(w)) {
        x.anaphor = true;
      }
      if (Lexicon.ENUMERATION.contains(w) && i < 4) {
        x.enumeration = true;
      }
      if (w.equals("memperpanjang")
          || w.equals("perpanjangan")
          || w.equals("extend")
          || w.equals("extension")
          || w.equals("renew")
          || w.equals("renewal")
          || w.equals("amend")
          || w.equals("amandemen")
          || w.equals("amendment")
          || w.equals("adendum")
          || w.equals("addendum")) {
        x.extension = true;
      }
    }
    x.background = isBackground(x);
  }

  /** A planning word shortly before a signing verb ("ditargetkan bisa diteken", "to sign"). */
  private static boolean plannedBefore(List<Tok> t, int i) {
    String w = t.get(i).lower();
    if ((w.equals("sign") || w.equals("ink") || w.equals("seal"))) {
      for (int k = Math.max(0, i - 3); k < i; k++) {
        String p = t.get(k).lower();
        if (p.equals("to") || p.equals("will") || p.equals("would") || p.equals("shall")) {
          return true;
        }
      }
    }
    if (w.equals("signed") || w.equals("inked")) {
      for (int k = Math.max(0, i - 3); k < i; k++) {
        String p = t.get(k).lower();
        if (p.equals("be") || p.equals("will") || p.equals("to")) {
          return true;
        }
      }
      return false;
    }
    for (int k = Math.max(0, i - 6); k < i; k++) {
      String p = t.get(k).lower();
      if (Lexicon.PLANNED.contains(p) || p.equals("bisa") || p.equals("dapat")) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(List<Tok> t, int i, java.util.Set<String> words, int window) {
    for (int k = Math.max(0, i - window); k < Math.min(t.size(), i + window + 1); k++) {
      if (words.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A past agreement mentioned as context: "pada 2019", "tahun lalu", "pernah", "sejak". */
  private static boolean isBackground(Sent x) {
    List<Tok> t = x.t;
    boolean yearOnly = false;
    for (int i = 0; i < t.size(); i++) {
      Tok a = t.get(i);
      if (a.kind() == Tok.NUMBER
          && a.text().length() == 4
          && (a.text().startsWith("19") || a.text().startsWith("20"))) {
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        String prev2 = i > 1 ? t.get(i - 2).lower() : "";
        boolean monthBefore = i > 0 && DateWords.isMonth(prev);
        boolean dayMonthBefore = monthBefore && i > 1 && t.get(i - 2).kind() == Tok.NUMBER;
        boolean dayAfter = false;
        if (!dayMonthBefore
            && (prev.equals("pada")
                || prev.equals("in")
                || prev.equals("tahun")
                || prev.equals("sejak")
                || prev.equals("since")
                || monthBefore && (prev2.equals("pada") || prev2.equals("in")))) {
          yearOnly = true;
        }
        if (dayAfter) {
          yearOnly = false;
        }
      }
      String w = a.lower();
      if ((w.equals("lalu") || w.equals("silam") || w.equals("ago"))
          && i > 0
          && (t.get(i - 1).lower().equals("tahun")
              || t.get(i - 1).lower().equals("years")
              || t.get(i - 1).lower().equals("year"))) {
        return true;
      }
      if (w.equals("last") && i + 1 < t.size() && t.get(i + 1).lower().equals("year")) {
        return true;
      }
      if ((w.equals("pernah")
              || w.equals("sebelumnya")
              || w.equals("previously")
              || w.equals("originally")
              || w.equals("earlier")
              || w.equals("existing")
              || w.equals("semula")
              || w.equals("awal"))
          && x.signing) {
        return true;
      }

      if (w.equals("first") && i + 1 < t.size() && t.get(i + 1).lower().equals("signed")) {
        return true;
      }
      if ((w.equals("saat") || w.equals("ketika") || w.equals("kala"))
          && i + 1 < t.size()
          && t.get(i + 1).lower().equals("itu")) {
        return true;
      }
    }
    return yearOnly;
  }

  // ---------------------------------------------------------------- organisations

  private void findOrganisations(Sent x) {
    List<Tok> t = x.t;
    int n = t.size();
    boolean[] taken = new boolean[n];
    // 1. name patterns with a head word
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        continue;
      }
      Tok a = t.get(i);
      if (!a.isWord()) {
        continue;
      }
      int[] span = null;
      if ((a.cap() || a.lower().equals("pt"))
          && Heads.ID_START.contains(a.lower())
          && idHeadOk(t, i)) {
        span = extendIndonesian(x, i);
      } else if (a.cap()
          && Heads.EN.contains(a.lower())
          && x.title[i] == null
          && !inTitleSpan(x, i)
          && !(i + 1 < n && x.title[i + 1] != null)) {
        span = extendEnglish(x, i, taken);
      }
      if (span == null || span[1] < span[0]) {
        continue;
      }
      boolean eventName = false;
      for (int k = span[0]; k <= span[1]; k++) {
        eventName |= EVENT_WORDS.contains(t.get(k).lower());
      }
      if (eventName) {
        i = span[1];
        continue;
      }
      OrgMention m = mentionFor(x, span[0], span[1]);
      if (m != null) {
        x.orgs.add(m);
        for (int k = span[0]; k <= span[1]; k++) {
          taken[k] = true;
        }
        i = span[1];
      }
    }
    // 2. gazetteer names outside the patterns
    for (int i = 0; i < n; i++) {
      if (taken[i] || x.gazOrg[i] == null || x.gazOrg[i].viaTitle()) {
        continue;
      }
      int last = x.gazOrgLast[i];
      boolean free = true;
      for (int k = i; k <= last; k++) {
        free &= !taken[k];
      }
      if (!free) {
        continue;
      }
      // "PT PLN (Persero)": include a following legal form / acronym in brackets
      int end = last;
      if (end + 2 < n
          && t.get(end + 1).is("(")
          && t.get(end + 3 < n ? end + 3 : end).is(")")
          && (t.get(end + 2).lower().equals("persero") || t.get(end + 2).acronym())) {
        end = end + 3;
      }
      if (end + 1 < n && t.get(end + 1).lower().equals("tbk")) {
        end++;
      }
      OrgMention m = mentionFor(x, i, end);
      if (m != null) {
        x.orgs.add(m);
        for (int k = i; k <= end; k++) {
          taken[k] = true;
        }
        i = end;
      }
    }
    // 3. "Perpani (Persatuan Panahan Seluruh Indonesia)": a short name with its full name
    for (int i = 0; i + 3 < n; i++) {
      if (taken[i]
          || !t.get(i).cap()
          || !t.get(i + 1).is("(")
          || x.countryIso[i] != null
          || Lexicon.domainWord(t.get(i))
          || x.title[i] != null) {
        continue;
      }
      int close = closeParen(t, i + 1, 10);
      if (close < 0 || close - i < 4 || !parenIsName(t, i + 2, close - 1)) {
        continue;
      }
      boolean head = false;
      for (int k = i + 2; k < close; k++) {
        head |= Heads.ID_START.contains(t.get(k).lower()) || Heads.EN.contains(t.get(k).lower());
      }
      boolean free = true;
      for (int k = i; k <= close; k++) {
        free &= !taken[k];
      }
      if (!head || !free) {
        continue;
      }
      OrgMention m = mentionFor(x, i + 2, close - 1);
      if (m != null) {
        m.org().aliases.add(t.get(i).text());
        x.orgs.add(
            new OrgMention(
                t.get(i).start(), t.get(close).end(), i, close, m.org(), x.text(s, i, close)));
        for (int k = i; k <= close; k++) {
          taken[k] = true;
        }
      }
    }
    // 4. governments named by country: "Pemerintah Indonesia", "pemerintah RRT"
    for (int i = 0; i + 1 < n; i++) {
      if (taken[i]
          || !t.get(i).lower().equals("pemerintah") && !t.get(i).lower().equals("government")) {
        continue;
      }
      int k = i + 1;
      if (k < n
          && x.countryIso[k] == null
          && (t.get(k).lower().equals("kerajaan") || t.get(k).lower().equals("republik"))) {
        k++;
      }
      if (k < n && x.countryIso[k] != null && !taken[k]) {
        int last = x.countryLast[k];
        String surface = x.text(s, i, last);
        DocOrg org = placeholder(x.countryIso[k], surface);
        x.orgs.add(new OrgMention(t.get(i).start(), t.get(last).end(), i, last, org, surface));
        for (int j = i; j <= last; j++) {
          taken[j] = true;
        }
      }
    }
    x.orgs.sort((p, q) -> Integer.compare(p.first(), q.first()));
    for (OrgMention m : x.orgs) {
      int b = m.first() - 2;
      if (b >= 0
          && t.get(m.first() - 1).is("(")
          && (t.get(b).acronym() || t.get(b).cap())
          && x.orgAt(b) == null
          && x.countryIso[b] == null
          && !Lexicon.domainWord(t.get(b))
          && x.title[b] == null) {
        m.org().aliases.add(t.get(b).text());
      }
    }
  }

  /** "Pemerintah" heads a name only when a capitalised, non-country word follows. */
  private static boolean idHeadOk(List<Tok> t, int i) {
    String w = t.get(i).lower();
    if (i + 1 >= t.size()) {
      return false;
    }
    Tok next = t.get(i + 1);
    if (w.equals("perusahaan")
        || w.equals("kantor")
        || w.equals("pusat")
        || w.equals("dewan")
        || w.equals("bank")
        || w.equals("rumah")
        || w.equals("sekolah")
        || w.equals("kamar")) {
      return next.cap() || next.acronym();
    }
    return next.cap() || next.acronym() || next.is("(");
  }

  private int[] extendIndonesian(Sent x, int i) {
    List<Tok> t = x.t;
    int n = t.size();
    int last = i;
    int k = i + 1;
    int parens = 0;
    while (k < n) {
      Tok a = t.get(k);
      if (x.title[k] != null && k > i + 1 && !Lexicon.domainWord(a)) {
        break;
      }
      if (a.is("(")) {
        int close = closeParen(t, k, 14);
        if (close < 0 || !parenIsName(t, k + 1, close - 1)) {
          break;
        }
        last = close;
        k = close + 1;
        parens++;
        // after a bracket, continue only with a country, Tbk, or a capitalised place/unit name
        if (k < n && (t.get(k).lower().equals("tbk") || x.countryIso[k] != null)) {
          continue;
        }
        if (k < n
            && t.get(k).cap()
            && !startsNewOrg(x, k)
            && x.title[k] == null
            && !isPersonStart(x, k)
            && shortParen(t, close)) {
          continue;
        }
        break;
      }
      if (a.isWord() && (a.cap() || a.acronym() || a.initial() || a.lower().equals("tbk"))) {
        if (k > i + 1 && startsNewOrg(x, k) && !t.get(k - 1).is("/")) {
          break;
        }
        if (isPersonStart(x, k)) {
          break;
        }
        last = k;
        k++;
        continue;
      }
      if (a.kind() == Tok.NUMBER && k + 1 < n && !t.get(k + 1).isWord() && a.text().length() <= 2) {
        last = k;
        k++;
        continue;
      }
      if ((a.is("dan") || a.is("&") || a.is(",")) && k + 1 < n) {
        Tok b = t.get(k + 1);
        if (a.is(",") && b.is("dan") && k + 2 < n) {
          b = t.get(k + 2);
        }
        int bi = t.indexOf(b);
        if (a.is(",") && x.countryIso[k + 1] != null) {
          break; // "Pemerintah Kota Metropolitan Busan, Korea Selatan": the country follows
        }
        if (b.cap()
            && (Lexicon.domainWord(b) || x.countryIso[bi] != null)
            && !startsNewOrg(x, bi)
            && x.title[bi] == null) {
          k++;
          if (t.get(k).is("dan") && a.is(",")) {
            k++;
          }
          continue;
        }
        break;
      }
      if ((a.is("/") || a.is("-")) && k + 1 < n && (t.get(k + 1).cap() || t.get(k + 1).acronym())) {
        k++;
        continue;
      }
      // English names with an Indonesian legal form: "PT Pertamina International Exploration and
      // Production"
      if ((a.is("of")
              || a.is("for")
              || a.is("and") && k + 1 < n && Lexicon.domainWord(t.get(k + 1)))
          && k + 1 < n
          && t.get(k + 1).cap()
          && !startsNewOrg(x, k + 1)
          && x.countryIso[k + 1] == null
          && x.title[k + 1] == null) {
        k++;
        continue;
      }
      break;
    }
    // "Pemerintah Provinsi" alone is not a name
    if (last == i) {
      return null;
    }
    return new int[] {i, truncateToKnown(x, i, last)};
  }

  /** "Politeknik STMI Jakarta Mustofa Rahman": cut a run back to an org already known. */
  private int truncateToKnown(Sent x, int first, int last) {
    if (x.gazOrg[first] != null && x.gazOrgLast[first] >= last) {
      return last;
    }
    // "Presiden Direktur PT Vale Indonesia Febriany Eddy": a known name, then a person
    if (x.gazOrg[first] != null
        && !x.gazOrg[first].viaTitle()
        && nameLike(x, x.gazOrgLast[first] + 1)
        && first > 0
        && x.title[first - 1] == null
        && titleBefore(x, first)) {
      return x.gazOrgLast[first];
    }
    for (int e = last - 1; e > first; e--) {
      if (!nameLike(x, e + 1)) {
        continue;
      }
      String form = s.substring(x.t.get(first).start(), x.t.get(e).end());
      for (DocOrg o : orgs) {
        if (!o.placeholder && o.knownAs(form)) {
          return e;
        }
      }
    }
    return last;
  }

  private static boolean titleBefore(Sent x, int first) {
    for (int k = Math.max(0, first - 4); k < first; k++) {
      if (x.title[k] != null && x.titleLast[k] == first - 1) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> EVENT_WORDS =
      Lexicon.set(
          "meeting",
          "pertemuan",
          "sidang",
          "dialogue",
          "summit",
          "expo",
          "forum",
          "summit",
          "week",
          "messe",
          "conference",
          "ktt",
          "konferensi",
          "pameran",
          "fair");

  private static boolean shortParen(List<Tok> t, int close) {
    int open = close;
    while (open > 0 && !t.get(open).is("(")) {
      open--;
    }
    return close - open == 2 && t.get(open + 1).isWord();
  }

  private boolean isPersonStart(Sent x, int k) {
    return firstNames.contains(x.t.get(k).text());
  }

  private boolean startsNewOrg(Sent x, int k) {
    Tok a = x.t.get(k);
    if (Heads.ID_START.contains(a.lower())
        && !a.lower().equals("pusat")
        && !a.lower().equals("dewan")) {
      return true;
    }
    if (a.lower().equals("pt") || a.lower().equals("cv")) {
      return true;
    }
    return x.gazOrg[k] != null && !x.gazOrg[k].viaTitle();
  }

  private int[] extendEnglish(Sent x, int h, boolean[] taken) {
    List<Tok> t = x.t;
    int n = t.size();
    int first = h;
    // left: capitalised words (not a possessive, not an adjective of nationality before lower case)
    int k = h - 1;
    while (k >= 0) {
      Tok a = t.get(k);
      if (taken[k]) {
        break;
      }
      if (a.isWord() && (a.cap() || a.acronym() || a.initial()) && !a.lower().equals("the")) {
        if (x.title[k] != null && !Lexicon.domainWord(a) || inTitleSpan(x, k)) {
          break;
        }
        first = k;
        k--;
        continue;
      }
      // "Energy and Mineral Resources Ministry", "Economy, Trade and Industry Ministry"
      if ((a.is("and") || a.is("&") || a.is(","))
          && k > 0
          && k + 1 <= h
          && t.get(k - 1).cap()
          && Lexicon.domainWord(t.get(k - 1))
          && Lexicon.domainWord(t.get(k + 1))
          && !taken[k - 1]) {
        k--;
        continue;
      }
      break;
    }
    // a leading nationality adjective or country followed by a lower-case descriptor is not part
    if (first < h && x.countryIso[first] != null && x.countryLast[first] < h) {
      int cl = x.countryLast[first];
      if (cl + 1 < n && (t.get(cl + 1).is("'s") || t.get(cl + 1).is("'"))) {
        first = cl + 2;
      }
    }
    int last = h;
    k = h + 1;
    while (k < n) {
      Tok a = t.get(k);
      if (a.isWord()
          && (a.cap() || a.acronym() || a.initial() || Heads.EN.contains(a.lower()) && a.cap())) {
        if (startsNewOrg(x, k) || x.title[k] != null && !Lexicon.domainWord(a)) {
          break;
        }
        if (x.countryIso[k] != null
            && x.countryLast[k] + 1 < n
            && t.get(x.countryLast[k] + 1).is("'s")) {
          break;
        }
        last = k;
        k++;
        continue;
      }
      if (a.isWord() && (a.is("co.") || a.is("inc.") || a.is("ltd."))) {
        last = k;
        k++;
        continue;
      }
      if (a.kind() == Tok.NUMBER && a.text().length() <= 2 && last == k - 1) {
        last = k;
        k++;
        continue;
      }
      if ((a.is("of") || a.is("for") || a.is("and") || a.is("&") || a.is("für") || a.is("on"))
          && k + 1 < n) {
        Tok b = t.get(k + 1);
        boolean legalBefore = (a.is("and") || a.is("&")) && isLegal(t.get(last));
        if (b.cap()
            && !startsNewOrg(x, k + 1)
            && !legalBefore
            && !(x.countryIso[k + 1] != null
                && x.countryLast[k + 1] + 1 < n
                && t.get(x.countryLast[k + 1] + 1).is("'s"))
            && !(a.is("and")
                && x.countryIso[k + 1] != null
                && (a.is("and"))
                && !Heads.EN_START.contains(t.get(h).lower()))
            && x.title[k + 1] == null) {
          k++;
          continue;
        }
        break;
      }
      if (a.is(",") && k + 1 < n) {
        Tok b = t.get(k + 1);
        if (b.is("inc.") || b.is("ltd.") || b.is("inc") || b.is("ltd")) {
          k++;
          continue;
        }
        if (b.cap() && Lexicon.domainWord(b) && Heads.EN_START.contains(t.get(h).lower())) {
          k++;
          continue;
        }
        break;
      }
      if (a.is("(")) {
        int close = closeParen(t, k, 14);
        if (close > 0 && parenIsName(t, k + 1, close - 1)) {
          last = close;
        }
        break;
      }
      if ((a.is("-") || a.is("/")) && k + 1 < n && t.get(k + 1).cap()) {
        k++;
        continue;
      }
      break;
    }
    if (first == last && !Heads.EN_START.contains(t.get(h).lower())) {
      return null;
    }
    if (first == h && Heads.EN_START.contains(t.get(h).lower()) && last == h) {
      return null;
    }
    return new int[] {first, truncateToKnown(x, first, last)};
  }

  /** Token {@code k} lies inside a multi-word title ("Chief Representative"). */
  private static boolean inTitleSpan(Sent x, int k) {
    for (int j = Math.max(0, k - 4); j <= k; j++) {
      if (x.title[j] != null && x.titleLast[j] >= k && x.titleLast[j] > j) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLegal(Tok a) {
    return a.is(")")
        || a.is("inc.")
        || a.is("ltd.")
        || a.is("pjsc")
        || a.is("tbk")
        || a.is("corporation")
        || a.is("company")
        || a.is("co.")
        || a.is("holdings")
        || a.is("group")
        || a.is("international");
  }

  static int closeParen(List<Tok> t, int open, int max) {
    for (int k = open + 1; k < t.size() && k <= open + max; k++) {
      if (t.get(k).is(")")) {
        return k;
      }
      if (t.get(k).is("(")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Bracket contents that can belong to a name: "(BKPM)", "(Persero)", "(Ministry of .../METI)".
   */
  static boolean parenIsName(List<Tok> t, int from, int to) {
    if (to < from) {
      return false;
    }
    boolean any = false;
    for (int k = from; k <= to; k++) {
      Tok a = t.get(k);
      if (a.isWord()) {
        if (!(a.cap() || a.acronym() || Set0.CONNECT.contains(a.lower()))) {
          return false;
        }
        any |= a.cap();
      } else if (a.kind() == Tok.NUMBER) {
        continue;
      } else if (!(a.is("/") || a.is("-") || a.is("&") || a.is(",") || a.is("."))) {
        return false;
      }
    }
    return any;
  }

  /** Small shared word sets. */
  static final class Set0 {
    static final java.util.Set<String> CONNECT =
        Lexicon.set(
            "of", "and", "for", "the", "für", "van", "en", "de", "du", "des", "la", "dan", "on");
  }

  /** Builds (or resolves) the organisation for a span of tokens. */
  private @Nullable OrgMention mentionFor(Sent x, int first, int last) {
    List<Tok> t = x.t;
    // trim trailing connectors and punctuation
    while (last > first
        && (t.get(last).isPunct() && !t.get(last).is(")")
            || Set0.CONNECT.contains(t.get(last).lower()))) {
      last--;
    }
    String surface = x.text(s, first, last);
    // split off bracketed aliases
    List<String> aliases = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    String lastCountry = null;
    boolean countryAtEnd = false;
    int k = first;
    Gazetteer.OrgEntry gz = null;
    int gzCover = 0;
    boolean gzViaParen = false;
    int nameTokens = 0;
    while (k <= last) {
      Tok a = t.get(k);
      if (a.is("(")) {
        int close = closeParen(t, k, 14);
        if (close < 0 || close > last) {
          break;
        }
        String inner = s.substring(t.get(k + 1).start(), t.get(close - 1).end());
        if (!inner.equalsIgnoreCase("persero")) {
          for (String part : inner.split("/")) {
            String p = part.strip();
            if (!p.isEmpty()) {
              aliases.add(p);
            }
          }
          for (int j = k + 1; j < close; j++) {
            if (x.gazOrg[j] != null && !x.gazOrg[j].viaTitle() && x.gazOrgLast[j] < close) {
              gz = gz == null ? x.gazOrg[j].organisation() : gz;
              gzViaParen = true;
            }
          }
        } else {
          appendTok(plain, "(Persero)");
        }
        k = close + 1;
        continue;
      }
      if (x.gazOrg[k] != null && !x.gazOrg[k].viaTitle() && x.gazOrgLast[k] <= last) {
        int cover = x.gazOrgLast[k] - k + 1;
        if (cover > gzCover && !gzViaParen) {
          gz = x.gazOrg[k].organisation();
          gzCover = cover;
        }
      }
      if (x.countryIso[k] != null && x.countryLast[k] <= last) {
        lastCountry = x.countryIso[k];
        countryAtEnd = x.countryLast[k] >= last || t.get(x.countryLast[k] + 1).is("(");
        for (int j = k; j <= x.countryLast[k]; j++) {
          appendTok(plain, t.get(j).text());
        }
        nameTokens += x.countryLast[k] + 1 - k;
        k = x.countryLast[k] + 1;
        continue;
      }
      appendTok(plain, a.text());
      nameTokens++;
      k++;
    }
    String name = tidy(plain.toString());
    if (name.isEmpty()) {
      return null;
    }
    // country: in the name, before it ("India's", "asal Jepang,", "Japanese"), or after (",
    // Australia")
    String country = lastCountry;
    if (country == null) {
      country = countryAround(x, first, last);
    }
    PartyKind kind = Heads.kindOf(t.get(first).lower(), name);
    DocOrg org;
    if (gz != null) {
      // "Kementerian Keuangan Vietnam" is Vietnam's; "JICA Indonesia Office" is JICA's office
      boolean foreignSuffix =
          lastCountry != null
              && countryAtEnd
              && !lastCountry.equals(gz.country())
              && !gzViaParen
              && gzCover < nameTokens;
      boolean mostly =
          gzViaParen || gzCover >= nameTokens - 1 || unitSuffix(t, first, last, gzCover);
      if (!foreignSuffix && mostly) {
        org = resolveGazetteer(gz);
        org.aliases.add(surface);
        if (!name.equals(surface)) {
          org.aliases.add(name);
        }
        org.aliases.addAll(aliases);
        return new OrgMention(t.get(first).start(), t.get(last).end(), first, last, org, surface);
      }
    }
    if (country == null && Heads.indonesianHead(t.get(first).lower())) {
      country = "ID";
    }
    if (country == null && gz != null && x.gazOrg[first] != null) {
      country = gz.country(); // "SABIC Agri-Nutrients Company": a unit of a known group
    }
    for (Gazetteer.OrgEntry e : names.lookup(name)) {
      if (country == null || country.equals(e.country())) {
        // "Pemerintah Provinsi (Pemprov) Jawa Tengah": the gazetteer's name with a bracket inside
        org = resolveGazetteer(e);
        org.aliases.add(surface);
        org.aliases.addAll(aliases);
        return new OrgMention(t.get(first).start(), t.get(last).end(), first, last, org, surface);
      }
    }
    org = resolveText(name, aliases, surface, country, kind);
    return new OrgMention(t.get(first).start(), t.get(last).end(), first, last, org, surface);
  }

  /** "PT PLN (Persero) Unit Induk Distribusi ...": a regional unit maps to its parent. */
  private static boolean unitSuffix(List<Tok> t, int first, int last, int cover) {
    for (int k = first + 1; k <= last; k++) {
      switch (t.get(k).lower()) {
        case "unit",
            "uid",
            "wilayah",
            "cabang",
            "regional",
            "area",
            "divisi",
            "kantor",
            "perwakilan",
            "branch",
            "division",
            "office" -> {
          return k - first >= cover - 1;
        }
        default -> {}
      }
    }
    return false;
  }

  private static void appendTok(StringBuilder b, String tok) {
    if (b.length() > 0
        && !tok.equals(",")
        && !tok.equals(".")
        && !tok.equals("/")
        && !tok.equals("-")
        && b.charAt(b.length() - 1) != '/'
        && b.charAt(b.length() - 1) != '-') {
      b.append(' ');
    }
    b.append(tok);
  }

  private static String tidy(String name) {
    String n = name.strip();
    while (n.endsWith(",") || n.endsWith("-") || n.endsWith("/")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n;
  }

  /**
   * A country stated around a span: possessive or adjective before, "asal X," before, ", X" after.
   */
  @Nullable String countryAround(Sent x, int first, int last) {
    List<Tok> t = x.t;
    // possessive "India's" / "the Netherlands'" right before
    if (first >= 2 && (t.get(first - 1).is("'s") || t.get(first - 1).is("'"))) {
      for (int k = first - 2; k >= Math.max(0, first - 4); k--) {
        if (x.countryIso[k] != null && x.countryLast[k] == first - 2) {
          return x.countryIso[k];
        }
      }
    }
    // up to five words back, over lower-case descriptors: "Japanese power generator JERA",
    // "distributor asal Uni Emirat Arab, Al Ghurair Foods"
    for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
      Tok a = t.get(k);
      for (int c = Math.max(0, k - 3); c <= k; c++) {
        if (x.countryIso[c] != null && x.countryLast[c] == k) {
          return x.countryIso[c];
        }
      }
      if (a.cap() && !(k == first - 1)
          || a.is("dan")
          || a.is("and")
          || a.is(".")
          || x.orgAt(k) != null) {
        break;
      }
    }
    // after: ", Australia" / "dari Korea Selatan" / "asal Jepang"
    int k = last + 1;
    if (k < t.size()
        && (t.get(k).is(",")
            || t.get(k).is("dari")
            || t.get(k).is("asal")
            || t.get(k).is("from"))) {
      k++;
      if (k < t.size() && x.countryIso[k] != null) {
        return x.countryIso[k];
      }
    }
    return null;
  }

  DocOrg placeholder(String iso, String surface) {
    for (DocOrg o : orgs) {
      if (o.placeholder && iso.equals(o.country)) {
        o.aliases.add(surface);
        return o;
      }
    }
    DocOrg o = new DocOrg(surface, iso, PartyKind.GOVERNMENT, null);
    o.placeholder = true;
    orgs.add(o);
    return o;
  }

  DocOrg resolveGazetteer(Gazetteer.OrgEntry e) {
    for (DocOrg o : orgs) {
      if (e.id().equals(o.gazetteerId)) {
        return o;
      }
    }
    // the same organisation found earlier by its name in the text becomes the gazetteer's
    for (DocOrg o : orgs) {
      if (o.gazetteerId == null
          && !o.placeholder
          && (o.knownAs(e.name()) || e.aliases().stream().anyMatch(o::knownAs))
          && (o.country == null || o.country.equals(e.country()))) {
        o.aliases.add(o.name);
        o.name = e.name();
        o.country = e.country();
        o.kind = e.kind();
        o.gazetteerId = e.id();
        o.aliases.addAll(e.aliases());
        return o;
      }
    }
    DocOrg o = new DocOrg(e.name(), e.country(), e.kind(), e.id());
    o.aliases.addAll(e.aliases());
    orgs.add(o);
    return o;
  }

  private DocOrg resolveText(
      String name, List<String> aliases, String surface, @Nullable String country, PartyKind kind) {
    String key = DocOrg.key(name);
    for (DocOrg o : orgs) {
      if (o.placeholder) {
        continue;
      }
      boolean same = o.knownAs(name) || o.knownAs(surface);
      for (String a : aliases) {
        same |= a.length() >= 2 && o.knownAs(a) && a.chars().anyMatch(Character::isUpperCase);
      }
      if (!same && key.length() >= 8) {
        String ok = DocOrg.key(o.name);
        same =
            (ok.contains(key) || key.contains(ok))
                && (country == null || o.country == null || country.equals(o.country));
      }
      if (same && (country == null || o.country == null || country.equals(o.country))) {
        o.aliases.add(surface);
        o.aliases.addAll(aliases);
        if (o.country == null) {
          o.country = country;
        }
        return o;
      }
    }
    DocOrg o = new DocOrg(name, country, kind, null);
    o.aliases.add(surface);
    o.aliases.addAll(aliases);
    orgs.add(o);
    return o;
  }

  /** "Gyeonggi" for "Pemerintah Provinsi Gyeonggi": a regional government named by its place. */
  private @Nullable DocOrg orgByTail(String place) {
    String key = DocOrg.key(place);
    if (key.length() < 3) {
      return null;
    }
    DocOrg found = null;
    for (DocOrg o : orgs) {
      if (!o.placeholder
          && DocOrg.key(o.name).endsWith(" " + key)
          && DocOrg.key(o.name).startsWith("pemerintah")) {
        if (found != null && found != o) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** "Vale" for "PT Vale Indonesia Tbk": the first word after a legal form, if one org has it. */
  private @Nullable DocOrg orgByHeadWord(String word) {
    DocOrg found = null;
    for (DocOrg o : orgs) {
      if (o.placeholder) {
        continue;
      }
      String[] w = o.name.split(" ");
      int i =
          w.length > 1 && (w[0].equals("PT") || w[0].equals("CV") || w[0].equals("Perum")) ? 1 : 0;
      if (w.length > i + 1 && w[i].equals(word)) {
        if (found != null && found != o) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** A text-recognised org whose name begins with {@code form} ("SABIC Agri-Nutrients"). */
  private @Nullable DocOrg orgByPrefix(String form) {
    String key = DocOrg.key(form);
    if (key.indexOf(' ') < 0) {
      return null;
    }
    for (DocOrg o : orgs) {
      if (o.placeholder) {
        continue;
      }
      String name = DocOrg.key(o.name);
      if (name.startsWith(key + " ") || name.equals(key)) {
        return o;
      }
      for (String a : o.aliases) {
        String k = DocOrg.key(a);
        if (k.startsWith(key + " ") || k.equals(key)) {
          return o;
        }
      }
    }
    return null;
  }

  /** Resolves a short form ("Pemprov NTT", "Northern Territory", "MOTIE") to a known org. */
  @Nullable DocOrg knownOrg(String form) {
    String key = DocOrg.key(form);
    if (key.isEmpty()) {
      return null;
    }
    for (DocOrg o : orgs) {
      if (!o.placeholder && o.knownAs(form)) {
        return o;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- people

  private void findPersons(Sent x) {
    List<Tok> t = x.t;
    int n = t.size();
    for (int i = 0; i < n; i++) {
      Gazetteer.TitleMatch tm = x.title[i];
      if (x.gazOrg[i] != null
          && x.gazOrg[i].viaTitle()
          && (tm == null || x.titleLast[i] < x.gazOrgLast[i])) {
        Gazetteer.OrgMatch om = x.gazOrg[i];
        tm =
            new Gazetteer.TitleMatch(
                om.start(), om.end(), s.substring(om.start(), om.end()), "LEADER");
        x.title[i] = tm;
        x.titleLast[i] = x.gazOrgLast[i];
      }
      if (tm == null) {
        // short reference to a known person ("Handoko", "Saito")
        Tok a = t.get(i);
        if (a.cap() && x.personAt(i) == null && x.orgAt(i) == null) {
          Person p = byNamePart(x, i);
          if (p != null) {
            int lastTok = i;
            while (lastTok + 1 < n
                && t.get(lastTok + 1).cap()
                && p.name.contains(t.get(lastTok + 1).text())) {
              lastTok++;
            }
            x.persons.add(new PersonMention(i, lastTok, i, p, p.title, p.org, p.rank));
            i = lastTok;
          }
        }
        continue;
      }
      // English pre-modifiers: "PLN President Director", "Indonesian Industry Minister"
      int titleFirst = i;
      DocOrg preOrg = null;
      int k = i - 1;
      while (k >= 0 && k >= i - 4) {
        Tok a = t.get(k);
        OrgMention om = x.orgAt(k);
        if (om != null && om.last() == titleFirst - 1) {
          preOrg = om.org();
          titleFirst = om.first();
          k = om.first() - 1;
          continue;
        }
        if (a.cap()
            && (Lexicon.domainWord(a) || x.countryIso[k] != null || a.acronym())
            && !t.get(k).is("and")) {
          titleFirst = k;
          k--;
          continue;
        }
        if ((a.is("'s")) && k > 0) {
          titleFirst = k - 1;
          k -= 2;
          continue;
        }
        if ((a.is("and") || a.is(","))
            && k > 0
            && t.get(k - 1).cap()
            && Lexicon.domainWord(t.get(k - 1))
            && Lexicon.domainWord(t.get(k + 1))) {
          k--; // "Economy, Trade and Industry Minister"
          continue;
        }
        if (preOrg == null && (a.cap() || a.kind() == Tok.NUMBER)) {
          DocOrg known = null;
          int from = k;
          for (int b = k; b >= Math.max(0, k - 3); b--) {
            DocOrg o = knownOrg(s.substring(t.get(b).start(), t.get(k).end()));
            if (o != null) {
              known = o;
              from = b;
            }
          }
          if (known != null) {
            preOrg = known;
            titleFirst = from;
            k = from - 1;
            continue;
          }
        }
        break;
      }
      int titleLast = x.titleLast[i];
      int j = titleLast + 1;
      // complement: capitalised words, acronyms, brackets, connectors; lower-case words after
      // "for/of/to"
      int runEnd = titleLast;
      while (j < n) {
        Tok a = t.get(j);
        if (a.is("(")) {
          int close = closeParen(t, j, 14);
          if (close < 0) {
            break;
          }
          runEnd = close;
          j = close + 1;
          continue;
        }
        if (j > titleLast
            && x.title[j] != null
            && !(nameLike(x, j - 1) && x.titleLast[j] == j && (j + 1 >= n || !t.get(j + 1).cap()))
            && !(x.gazOrg[j] != null && x.gazOrg[j].viaTitle() && j == titleLast + 1)) {
          break;
        }
        OrgMention inOrg = x.orgAt(j);
        if (inOrg != null && !a.cap()) {
          runEnd = inOrg.last();
          j = inOrg.last() + 1;
          continue;
        }
        if (a.isWord() && (a.cap() || a.acronym() || a.initial())) {
          runEnd = j;
          j++;
          continue;
        }
        if (a.kind() == Tok.NUMBER && a.text().length() <= 2) {
          runEnd = j;
          j++;
          continue;
        }
        if ((a.is("dan") || a.is("and") || a.is("&")) && j + 1 < n) {
          Tok b = t.get(j + 1);
          if ((b.cap() && (Lexicon.domainWord(b) || x.countryIso[j + 1] != null)
                  || a.is("&") && (b.cap() || b.acronym())
                  || lowerComplement(t, j + 1))
              && x.title[j + 1] == null
              && !nameLike(x, j - 1)) {
            j++;
            continue;
          }
          break;
        }
        if ((a.is("of")
                || a.is("for")
                || a.is("to")
                || a.is("at")
                || a.is("pada")
                || a.is("/")
                || a.is("-")
                || a.is("bin")
                || a.is("binti")
                || a.is("van")
                || a.is("de")
                || a.is("al")
                || a.is("el"))
            && j + 1 < n
            && (t.get(j + 1).cap() || t.get(j + 1).acronym() || lowerComplement(t, j + 1))) {
          j++;
          continue;
        }
        if (a.is(",") && j + 1 < n && t.get(j + 1).cap() && Lexicon.domainWord(t.get(j + 1))) {
          j++;
          continue;
        }
        if (a.is(",") && j + 1 < n && t.get(j + 1).is("dan")) {
          j++;
          continue;
        }
        if (a.isWord() && !a.cap() && lowerComplement(t, j) && j <= titleLast + 4) {
          j++;
          continue;
        }
        break;
      }
      // split the run into complement and name: the name is the trailing run of capitalised
      // words that are neither domain words, countries, acronyms nor parts of known orgs
      int nameFirst = -1;
      int q = runEnd;
      while (q > titleLast) {
        Tok a = t.get(q);
        boolean nameWord =
            a.isWord()
                && (a.cap()
                    || a.initial()
                    || a.is("bin")
                    || a.is("van")
                    || a.is("de")
                    || a.is("al")
                    || a.is("el"))
                && !(a.acronym() && !a.initial() && (a.text().length() <= 5 || brandCase(a)))
                && !Lexicon.domainWord(a)
                && x.countryIso[q] == null
                && !insideCountry(x, q)
                && x.orgAt(q) == null
                && !orgWord(a)
                && !DateWords.isMonth(a.lower())
                && !DateWords.isWeekday(a.lower());
        if (!nameWord) {
          break;
        }
        nameFirst = q;
        q--;
      }
      while (nameFirst > 0 && nameFirst <= runEnd && !t.get(nameFirst).cap()) {
        nameFirst++;
      }
      if (nameFirst > runEnd) {
        nameFirst = -1;
      }
      // "Director-General for Water and Soil, Marieke Bos"
      int mentionLast = runEnd;
      if (nameFirst < 0 && runEnd + 2 < n && t.get(runEnd + 1).is(",") && t.get(runEnd + 2).cap()) {
        int a = runEnd + 2;
        int b = a;
        while (b + 1 < n
            && (t.get(b + 1).cap() || t.get(b + 1).initial())
            && !Lexicon.domainWord(t.get(b + 1))) {
          b++;
        }
        boolean endsClause =
            b + 1 >= n
                || t.get(b + 1).isPunct()
                || t.get(b + 1).is("who")
                || t.get(b + 1).is("yang");
        if (b - a >= 1
            && b - a <= 4
            && endsClause
            && x.orgAt(a) == null
            && x.countryIso[a] == null) {
          nameFirst = a;
          mentionLast = b;
        }
      }
      int complementLast = nameFirst >= 0 ? (nameFirst > runEnd ? runEnd : nameFirst - 1) : runEnd;
      if (nameFirst == runEnd + 2) {
        complementLast = runEnd;
      }
      String title =
          s.substring(t.get(titleFirst).start(), t.get(Math.max(titleLast, complementLast)).end())
              .strip();
      while (title.endsWith(",")) {
        title = title.substring(0, title.length() - 1).strip();
      }
      DocOrg org =
          preOrg != null ? preOrg : titleOrg(x, i, titleFirst, Math.max(titleLast, complementLast));
      String rank = "WITNESS_ONLY".equals(tm.rank()) ? "LEADER" : tm.rank();
      Person person = null;
      if (nameFirst >= 0) {
        String name = s.substring(t.get(nameFirst).start(), t.get(mentionLast).end()).strip();
        person = person(name, title, org, rank);
      } else {
        person = byTitle(org, rank, title);
        // a title alone that names nobody known: keep it unnamed
      }
      if (witnessOnly(tm, org, x, i, titleLast)) {
        rank = "WITNESS_ONLY";
      }
      x.persons.add(
          new PersonMention(titleFirst, mentionLast, nameFirst, person, title, org, rank));
      i = Math.max(i, mentionLast);
    }
    // "Richard Holloway, president of ExxonMobil Asia Pacific": name, then title
    for (PersonMention pm : new ArrayList<>(x.persons)) {
      if (pm.nameFirst() >= 0 || pm.first() < 3 || !t.get(pm.first() - 1).is(",")) {
        continue;
      }
      int b = pm.first() - 2;
      int a = b;
      while (a - 1 >= 0
          && (t.get(a - 1).cap() || t.get(a - 1).initial())
          && x.orgAt(a - 1) == null) {
        a--;
      }
      if (b - a >= 1
          && b - a <= 3
          && t.get(a).cap()
          && x.orgAt(a) == null
          && x.countryIso[a] == null
          && !Lexicon.domainWord(t.get(a))) {
        String name = s.substring(t.get(a).start(), t.get(b).end());
        Person p = person(name, pm.title(), pm.titleOrg(), pm.rank());
        x.persons.remove(pm);
        x.persons.add(new PersonMention(a, pm.last(), a, p, pm.title(), pm.titleOrg(), pm.rank()));
      }
    }
    x.persons.sort((p, q) -> Integer.compare(p.first(), q.first()));
  }

  /** A capitalised word that is not part of a title or an organisation name. */
  private boolean nameLike(Sent x, int j) {
    if (j < 0) {
      return false;
    }
    Tok a = x.t.get(j);
    return a.cap()
        && !a.acronym()
        && !Lexicon.domainWord(a)
        && x.countryIso[j] == null
        && !insideCountry(x, j)
        && x.orgAt(j) == null
        && x.title[j] == null
        && !orgWord(a);
  }

  /** "KlikACC", "PowerChina", "ExxonMobil": an upper-case letter inside a word is a brand. */
  private static boolean brandCase(Tok a) {
    String w = a.text();
    if (w.startsWith("Mc") || w.startsWith("Mac") || w.contains("-") || w.contains("'")) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowerComplement(List<Tok> t, int j) {
    Tok a = t.get(j);
    return a.isWord()
        && !a.cap()
        && (Lexicon.domainWord(a)
            || a.lower().equals("investment")
            || a.lower().equals("promotion"));
  }

  private static boolean insideCountry(Sent x, int q) {
    for (int c = Math.max(0, q - 4); c < q; c++) {
      if (x.countryIso[c] != null && x.countryLast[c] >= q) {
        return true;
      }
    }
    return false;
  }

  private boolean orgWord(Tok a) {
    if (Heads.EN.contains(a.lower()) || Heads.ID_START.contains(a.lower())) {
      return true;
    }
    return orgWords().contains(a.text());
  }

  private java.util.Set<String> orgWordCache = java.util.Set.of();
  private long orgWordStamp = -1;

  /** Words of the names of the document's organisations (and aliases of text-found ones). */
  private java.util.Set<String> orgWords() {
    long stamp = orgs.size();
    for (DocOrg o : orgs) {
      if (o.gazetteerId == null) {
        stamp = stamp * 31 + o.aliases.size();
      }
    }
    if (stamp != orgWordStamp) {
      java.util.Set<String> words = new java.util.HashSet<>();
      for (DocOrg o : orgs) {
        if (o.placeholder) {
          continue;
        }
        addWords(words, o.name);
        if (o.gazetteerId == null) {
          for (String alias : o.aliases) {
            addWords(words, alias);
          }
        }
      }
      orgWordCache = words;
      orgWordStamp = stamp;
    }
    return orgWordCache;
  }

  private static void addWords(java.util.Set<String> words, String name) {
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length()
          || name.charAt(i) == ' '
          || name.charAt(i) == '/'
          || name.charAt(i) == ',') {
        if (i - start > 1) {
          words.add(name.substring(start, i));
        }
        start = i + 1;
      }
    }
  }

  private boolean witnessOnly(
      Gazetteer.TitleMatch tm, @Nullable DocOrg org, Sent x, int i, int titleLast) {
    if ("WITNESS_ONLY".equals(tm.rank())) {
      // "Presiden KRIBB" signs; "Presiden Joko Widodo" / "Presiden Vietnam X" witnesses
      if (org != null && !org.placeholder) {
        return false;
      }
      return true;
    }
    return false;
  }

  /** The organisation a title implies: a title form, an org in the complement, or "Menteri X". */
  private @Nullable DocOrg titleOrg(Sent x, int titleTok, int from, int to) {
    List<Tok> t = x.t;
    int compFirst = x.titleLast[titleTok] + 1;
    if (compFirst <= to) {
      DocOrg byPrefix = orgByPrefix(s.substring(t.get(compFirst).start(), t.get(to).end()));
      if (byPrefix != null) {
        return byPrefix;
      }
    }
    Gazetteer.OrgMatch viaTitle = null;
    int viaLast = -1;
    for (int k = from; k <= to; k++) {
      if (x.gazOrg[k] != null && x.gazOrg[k].viaTitle()) {
        viaTitle = x.gazOrg[k];
        viaLast = x.gazOrgLast[k];
        break;
      }
    }
    // a complement that runs past the title form names another ministry ("Menteri Perdagangan,
    // Perindustrian, dan Energi Republik Korea")
    String foreign = null;
    for (int k = from; k <= to; k++) {
      if (x.countryIso[k] != null) {
        foreign = x.countryIso[k];
      }
    }
    if (viaTitle != null) {
      boolean extra = false;
      for (int k = viaLast + 1; k <= to; k++) {
        Tok a = t.get(k);
        if (a.cap() && x.countryIso[k] == null && !insideCountry(x, k) && Lexicon.domainWord(a)) {
          extra = true;
        }
      }
      if (!extra
          && (foreign == null
              || foreign.equals(viaTitle.organisation().country())
              || "ID".equals(viaTitle.organisation().country()) && foreign.equals("ID"))) {
        return resolveGazetteer(viaTitle.organisation());
      }
      if (!extra && foreign != null && "ID".equals(viaTitle.organisation().country())) {
        // "Menlu Timor-Leste": the counterpart ministry of another country
        StringBuilder where = new StringBuilder();
        for (int k = viaLast + 1; k <= to; k++) {
          if (x.countryIso[k] != null || insideCountry(x, k)) {
            where
                .append(where.length() > 0 && !t.get(k).is("-") && !t.get(k - 1).is("-") ? " " : "")
                .append(t.get(k).text());
          }
        }
        String name = viaTitle.organisation().name() + " " + where;
        DocOrg made = resolveText(name, List.of(), name, foreign, viaTitle.organisation().kind());
        made.synthetic = made.aliases.size() <= 1;
        return made;
      }
    }
    // the last organisation named wins: "Kepala BSKJI Kemenperin", "Dirjen X pada Kementerian Y"
    for (int k = to; k >= from; k--) {
      OrgMention om = x.orgAt(k);
      if (om != null && !om.org().placeholder) {
        return om.org();
      }
      if (x.gazOrg[k] != null && !x.gazOrg[k].viaTitle() && x.gazOrgLast[k] <= to) {
        return resolveGazetteer(x.gazOrg[k].organisation());
      }
      if (t.get(k).acronym() || t.get(k).cap() && !Lexicon.domainWord(t.get(k))) {
        DocOrg o = knownOrg(t.get(k).text());
        if (o == null && t.get(k).cap() && x.countryIso[k] == null) {
          o = orgByHeadWord(t.get(k).text());
        }
        if (o == null && t.get(k).cap() && x.countryIso[k] == null) {
          o = orgByTail(s.substring(t.get(k).start(), t.get(to).end())); // "Gubernur Gyeonggi"
        }
        if (o != null) {
          return o;
        }
      }
    }
    // an unknown brand or acronym after a corporate title: "Direktur Utama KlikACC"
    int comp = x.titleLast[titleTok] + 1;
    if (comp == to
        && t.get(comp).acronym()
        && x.countryIso[comp] == null
        && !Lexicon.domainWord(t.get(comp))
        && corporateTitle(t.get(titleTok).lower())) {
      return resolveText(
          t.get(comp).text(), List.of(), t.get(comp).text(), null, PartyKind.COMPANY);
    }
    // "Menteri X Y" -> "Kementerian X Y"
    String head = t.get(titleTok).lower();
    if ((head.equals("menteri") || head.equals("minister")) && to > titleTok) {
      String rest = s.substring(t.get(titleTok + 1).start(), t.get(to).end()).strip();
      String ministry = head.equals("menteri") ? "Kementerian " + rest : "Ministry " + rest;
      if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) && !rest.startsWith("of")) {
        return null;
      }
      DocOrg known = knownOrg(ministry);
      if (known != null) {
        return known;
      }
      for (Gazetteer.OrgEntry e : names.lookup(ministry)) {
        return resolveGazetteer(e);
      }
      for (Gazetteer.OrgEntry e : names.lookup(stripCountry(x, ministry))) {
        if (foreign == null || foreign.equals(e.country())) {
          return resolveGazetteer(e);
        }
      }
      String country = foreign != null ? foreign : "ID";
      DocOrg made = resolveText(ministry, List.of(), ministry, country, PartyKind.GOVERNMENT);
      if (made.aliases.size() <= 1) {
        made.synthetic = true;
      }
      return made;
    }
    return null;
  }

  private static boolean corporateTitle(String head) {
    return switch (head) {
      case "direktur",
          "dirut",
          "presiden",
          "president",
          "ceo",
          "chairman",
          "chief",
          "general",
          "managing",
          "komisaris",
          "executive",
          "vice",
          "wakil",
          "senior" ->
          true;
      default -> false;
    };
  }

  private String stripCountry(Sent x, String name) {
    String n = name;
    for (String suffix :
        new String[] {
          " Republik Korea", " Korea", " Jepang", " RRT", " Tiongkok", " China", " RI", " Indonesia"
        }) {
      if (n.endsWith(suffix)) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  /** The person of that name, known or new, without a title. */
  Person personNamed(String name) {
    return person(name, null, null, "OFFICIAL");
  }

  private Person person(String name, @Nullable String title, @Nullable DocOrg org, String rank) {
    for (Person p : persons) {
      if (p.name.equals(name) || sameName(p.name, name)) {
        if (p.title == null && title != null) {
          p.title = title;
        }
        if (p.org == null) {
          p.org = org;
        }
        return p;
      }
    }
    Person p = new Person(name, title, org, rank);
    persons.add(p);
    int space = name.indexOf(' ');
    if (space > 0) {
      firstNames.add(name.substring(0, space));
    }
    return p;
  }

  private static boolean sameName(String a, String b) {
    java.util.Set<String> x =
        new java.util.HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("[ -]")));
    java.util.Set<String> y =
        new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("[ -]")));
    if (x.size() < 2 || y.size() < 2) {
      return false;
    }
    return x.containsAll(y) || y.containsAll(x);
  }

  private @Nullable Person byTitle(@Nullable DocOrg org, String rank, String title) {
    if (org == null) {
      return null;
    }
    Person best = null;
    for (Person p : persons) {
      if (p.org == org
          && (p.rank.equals(rank) || rank.equals("LEADER") && p.rank.equals("LEADER"))) {
        best = p;
      }
    }
    if (best != null && best.title != null && !titleCompatible(best.title, title)) {
      return null;
    }
    return best;
  }

  private static boolean titleCompatible(String known, String given) {
    String k = known.toLowerCase(Locale.ROOT);
    String g = given.toLowerCase(Locale.ROOT);
    boolean kDeputy = k.startsWith("wakil") || k.startsWith("vice") || k.startsWith("deputy");
    boolean gDeputy = g.startsWith("wakil") || g.startsWith("vice") || g.startsWith("deputy");
    return kDeputy == gDeputy;
  }

  private @Nullable Person byNamePart(Sent x, int i) {
    Tok a = x.t.get(i);
    if (a.text().length() < 3 || Lexicon.domainWord(a) || x.countryIso[i] != null) {
      return null;
    }
    Person found = null;
    for (Person p : persons) {
      String[] parts = p.name.split(" ");
      if (parts.length >= 2
          && (parts[parts.length - 1].equals(a.text()) || parts[0].equals(a.text()))) {
        if (found != null && found != p) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }
}
