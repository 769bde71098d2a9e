package org.kerangka.extract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A faithful Java port of the project scorer {@code shared/eval/score.py}: scores extraction output
 * against gold annotations in the shape of the extraction schema v1.
 *
 * <p>Both sides are JSON trees, so an {@link ExtractionResult} is scored through {@link
 * ExtractionJson#toJson} exactly as {@code score.py} sees the CLI output. The rules are those of
 * {@code score.py}, function by function (same names in comments): text normalisation, stop words,
 * party/person/area matching, greedy one-to-one matching of items, greedy pairing of agreements by
 * similarity of at least 0.3, and per-field tp/fp/fn. Python semantics that matter are kept:
 * "truthiness" of JSON values, {@code ==} between numbers of any type, {@code float()} of amounts,
 * {@code str.isspace} for whitespace, and the descending sort of {@code (similarity, i, j)}
 * candidate tuples.
 */
public final class ExtractionScorer {

  /** The fields whose counts make up slot-F1. */
  public static final List<String> SLOT_FIELDS =
      List.of(
          "instrument",
          "status",
          "party_country",
          "party",
          "signatory",
          "signed_on",
          "term_years",
          "extendable",
          "area",
          "value");

  static final Set<String> STOP =
      Set.of(
          "dan",
          "and",
          "the",
          "of",
          "ri",
          "republik",
          "indonesia",
          "rrt",
          "pt",
          "tbk",
          "persero",
          "republic",
          "people's",
          "peoples",
          "rakyat",
          "kementerian",
          "ministry",
          "dengan",
          "di",
          "bidang",
          "sektor",
          "industri",
          "industry",
          "serta",
          "for",
          "in",
          "&",
          "yang",
          "untuk",
          "kerja",
          "sama",
          "cooperation");

  /** The characters {@code norm} turns into spaces: {@code [‘’“”'".,;:()\[\]/\\-]}. */
  private static final String PUNCTUATION = "\u2018\u2019\u201c\u201d'\".,;:()[]/\\-";

  private static final Pattern PY_FLOAT =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern PY_SPECIAL_FLOAT =
      Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ExtractionScorer() {}

  /** Counts of one field. */
  public record Counts(int tp, int fp, int fn) {

    public double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    public double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : (fp == 0 ? 1.0 : 0.0);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
  }

  /** The scores of a set of documents, with the log of misses and false alarms. */
  public static final class Score {
    private final int docs;
    private final Map<String, int[]> counts;
    private final List<String> log;

    private Score(int docs, Map<String, int[]> counts, List<String> log) {
      this.docs = docs;
      this.counts = counts;
      this.log = List.copyOf(log);
    }

    /** Number of gold documents. */
    public int docs() {
      return docs;
    }

    /** The counts of {@code field} ({@code agreement} or one of {@link #SLOT_FIELDS}). */
    public Counts counts(String field) {
      int[] row = counts.getOrDefault(field, new int[3]);
      return new Counts(row[0], row[1], row[2]);
    }

    public double agreementF1() {
      return counts("agreement").f1();
    }

    /** F1 over the summed counts of all {@link #SLOT_FIELDS}. */
    public double slotF1() {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (String field : SLOT_FIELDS) {
        Counts c = counts(field);
        tp += c.tp();
        fp += c.fp();
        fn += c.fn();
      }
      return new Counts(tp, fp, fn).f1();
    }

    /** Every miss and false alarm, as {@code score.py --verbose} lists them. */
    public List<String> log() {
      return log;
    }

    /** The last line of {@code score.py}: {@code slot-F1 0.906 agreement-F1 0.959 docs 36}. */
    public String summary() {
      return "slot-F1 " + f3(slotF1()) + " agreement-F1 " + f3(agreementF1()) + " docs " + docs;
    }

    /** The field table, the log and the summary, as {@code score.py --verbose} prints them. */
    public String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT, "%-14s%7s%7s%7s%6s%6s%6s%n", "field", "P", "R", "F1", "tp", "fp", "fn"));
      List<String> fields = new ArrayList<>();
      fields.add("agreement");
      fields.addAll(SLOT_FIELDS);
      for (String field : fields) {
        Counts c = counts(field);
        out.append(
            String.format(
                Locale.ROOT,
                "%-14s%7s%7s%7s%6d%6d%6d%n",
                field,
                f3(c.precision()),
                f3(c.recall()),
                f3(c.f1()),
                c.tp(),
                c.fp(),
                c.fn()));
      }
      out.append(System.lineSeparator());
      for (String line : log) {
        out.append(line).append(System.lineSeparator());
      }
      return out.append(summary()).toString();
    }

    @Override
    public String toString() {
      return summary();
    }

    /** Python {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
    private static String f3(double x) {
      return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
  }

  // ---------------------------------------------------------------- reading

  /** JSON lines keyed by {@code document.id}; a later line with the same id replaces the value. */
  public static Map<String, JsonNode> readJsonLines(String text) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      out.put(node.get("document").get("id").asString(), node);
    }
    return out;
  }

  /** One JSON document in the schema v1 shape. */
  public static JsonNode readJson(String json) {
    return MAPPER.readTree(json);
  }

  /** An extraction result as the JSON tree the CLI writes for it. */
  public static JsonNode toJson(ExtractionResult result) {
    return MAPPER.readTree(ExtractionJson.toJson(result));
  }

  // ---------------------------------------------------------------- main

  /** Scores extraction results against gold documents (a gold document without output: none). */
  public static Score score(Map<String, JsonNode> gold, Collection<ExtractionResult> results) {
    Map<String, JsonNode> predicted = new LinkedHashMap<>();
    for (ExtractionResult result : results) {
      predicted.put(result.id(), toJson(result));
    }
    return scoreJson(gold, predicted);
  }

  /** Scores predicted documents against gold documents, both keyed by document id. */
  public static Score scoreJson(Map<String, JsonNode> gold, Map<String, JsonNode> predicted) {
    Map<String, int[]> tally = new LinkedHashMap<>();
    List<String> log = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : gold.entrySet()) {
      String docId = entry.getKey();
      JsonNode p = predicted.get(docId);
      if (p == null) {
        log.add(docId + ": no output");
      }
      List<JsonNode> pred = p == null ? List.of() : list(p, "agreements");
      scoreAgreements(tally, list(entry.getValue(), "agreements"), pred, log, docId);
    }
    return new Score(gold.size(), tally, log);
  }

  // ---------------------------------------------------------------- score_agreements

  private record Candidate(double similarity, int gold, int pred) {}

  private static void scoreAgreements(
      Map<String, int[]> t,
      List<JsonNode> goldList,
      List<JsonNode> predList,
      List<String> log,
      String docId) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < goldList.size(); i++) {
      for (int j = 0; j < predList.size(); j++) {
        candidates.add(new Candidate(agreementSimilarity(goldList.get(i), predList.get(j)), i, j));
      }
    }
    // sorted(((s, i, j) ...), reverse=True): descending by similarity, then i, then j
    candidates.sort(
        Comparator.comparingDouble(Candidate::similarity)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::pred)
            .reversed());
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    List<JsonNode[]> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.similarity() < 0.3 || usedG.contains(c.gold()) || usedP.contains(c.pred())) {
        continue;
      }
      usedG.add(c.gold());
      usedP.add(c.pred());
      pairs.add(new JsonNode[] {goldList.get(c.gold()), predList.get(c.pred())});
    }
    List<JsonNode> missed = new ArrayList<>();
    for (int i = 0; i < goldList.size(); i++) {
      if (!usedG.contains(i)) {
        missed.add(goldList.get(i));
      }
    }
    List<JsonNode> extra = new ArrayList<>();
    for (int j = 0; j < predList.size(); j++) {
      if (!usedP.contains(j)) {
        extra.add(predList.get(j));
      }
    }
    add(t, "agreement", pairs.size(), extra.size(), missed.size());
    for (JsonNode g : missed) {
      log.add(docId + ": missed agreement " + describe(g));
      countSlots(t, g, true);
    }
    for (JsonNode p : extra) {
      log.add(docId + ": false agreement " + describe(p));
      countSlots(t, p, false);
    }
    for (JsonNode[] pair : pairs) {
      JsonNode g = pair[0];
      JsonNode p = pair[1];
      scalar(t, "instrument", get(g, "instrument"), get(p, "instrument"));
      scalar(t, "status", get(g, "status"), get(p, "status"));
      Matched<String> countries = matchItems(countries(g), countries(p), String::equals);
      add(t, "party_country", countries);
      Matched<JsonNode> parties =
          matchItems(list(g, "parties"), list(p, "parties"), ExtractionScorer::partyMatch);
      add(t, "party", parties);
      for (JsonNode m : parties.misses()) {
        log.add(docId + ": missed party " + pyStr(get(m, "name")));
      }
      for (JsonNode e : parties.extras()) {
        log.add(docId + ": false party " + pyStr(get(e, "name")));
      }
      Matched<@Nullable String> signatories =
          matchItems(signatoryNames(g), signatoryNames(p), ExtractionScorer::personMatch);
      add(t, "signatory", signatories);
      for (String m : signatories.misses()) {
        log.add(docId + ": missed signatory " + (m == null ? "None" : m));
      }
      for (String e : signatories.extras()) {
        log.add(docId + ": false signatory " + (e == null ? "None" : e));
      }
      scalar(t, "signed_on", get(g, "signed_on"), get(p, "signed_on"));
      if (!pyEquals(get(g, "signed_on"), get(p, "signed_on"))) {
        log.add(
            docId
                + ": signed_on gold="
                + pyStr(get(g, "signed_on"))
                + " got="
                + pyStr(get(p, "signed_on")));
      }
      scalar(t, "term_years", get(g, "term_years"), get(p, "term_years"));
      scalar(t, "extendable", get(g, "extendable"), get(p, "extendable"));
      Matched<@Nullable String> areas =
          matchItems(strings(g, "areas"), strings(p, "areas"), ExtractionScorer::areaMatch);
      add(t, "area", areas);
      scalarValue(t, get(g, "value"), get(p, "value"));
    }
  }

  /** {@code count_slots}: every slot of an unmatched agreement is a miss or a false alarm. */
  private static void countSlots(Map<String, int[]> t, JsonNode a, boolean fn) {
    for (String f : List.of("instrument", "status", "signed_on", "term_years", "extendable")) {
      countSlot(t, f, get(a, f) != null ? 1 : 0, fn);
    }
    countSlot(t, "value", get(a, "value") != null ? 1 : 0, fn);
    countSlot(t, "party_country", countries(a).size(), fn);
    countSlot(t, "party", list(a, "parties").size(), fn);
    countSlot(t, "signatory", list(a, "signatories").size(), fn);
    countSlot(t, "area", list(a, "areas").size(), fn);
  }

  private static void countSlot(Map<String, int[]> t, String field, int n, boolean fn) {
    if (n != 0) {
      if (fn) {
        add(t, field, 0, 0, n);
      } else {
        add(t, field, 0, n, 0);
      }
    }
  }

  // ---------------------------------------------------------------- Tally

  private static void add(Map<String, int[]> t, String field, int tp, int fp, int fn) {
    int[] row = t.computeIfAbsent(field, k -> new int[3]);
    row[0] += tp;
    row[1] += fp;
    row[2] += fn;
  }

  private static void add(Map<String, int[]> t, String field, Matched<?> m) {
    add(t, field, m.tp(), m.extras().size(), m.misses().size());
  }

  /** {@code Tally.scalar} with {@code ==}. */
  private static void scalar(
      Map<String, int[]> t, String field, @Nullable JsonNode gold, @Nullable JsonNode pred) {
    scalar(t, field, gold, pred, pyEquals(gold, pred));
  }

  /** {@code Tally.scalar} with {@code value_equal}. */
  private static void scalarValue(
      Map<String, int[]> t, @Nullable JsonNode gold, @Nullable JsonNode pred) {
    scalar(t, "value", gold, pred, gold != null && pred != null && valueEqual(gold, pred));
  }

  private static void scalar(
      Map<String, int[]> t,
      String field,
      @Nullable JsonNode gold,
      @Nullable JsonNode pred,
      boolean equal) {
    if (gold == null && pred == null) {
      return;
    }
    if (gold != null && pred != null && equal) {
      add(t, field, 1, 0, 0);
    } else {
      if (pred != null) {
        add(t, field, 0, 1, 0);
      }
      if (gold != null) {
        add(t, field, 0, 0, 1);
      }
    }
  }

  // ---------------------------------------------------------------- matching

  /** What {@code match_items} returns: tp, and the unmatched gold and predicted items. */
  record Matched<T>(int tp, List<T> misses, List<T> extras) {}

  /** {@code match_items}: greedy one-to-one matching, gold in order, first free prediction. */
  static <T> Matched<T> matchItems(List<T> gold, List<T> pred, BiPredicate<T, T> same) {
    boolean[] used = new boolean[pred.size()];
    int tp = 0;
    List<T> misses = new ArrayList<>();
    for (T g : gold) {
      int hit = -1;
      for (int j = 0; j < pred.size(); j++) {
        if (!used[j] && same.test(g, pred.get(j))) {
          hit = j;
          break;
        }
      }
      if (hit < 0) {
        misses.add(g);
      } else {
        used[hit] = true;
        tp++;
      }
    }
    List<T> extras = new ArrayList<>();
    for (int j = 0; j < pred.size(); j++) {
      if (!used[j]) {
        extras.add(pred.get(j));
      }
    }
    return new Matched<>(tp, misses, extras);
  }

  /** {@code agreement_similarity}: 0.4 countries + 0.4 party names + 0.2 signatory names. */
  static double agreementSimilarity(JsonNode g, JsonNode p) {
    List<String> gc = countries(g);
    List<String> pc = countries(p);
    double cScore =
        !gc.isEmpty() && !pc.isEmpty() ? jaccard(new HashSet<>(gc), new HashSet<>(pc)) : 0.0;
    List<JsonNode> gp = list(g, "parties");
    List<JsonNode> pp = list(p, "parties");
    int tp = matchItems(gp, pp, ExtractionScorer::partyMatch).tp();
    int n = Math.max(Math.max(gp.size(), pp.size()), 1);
    double nameScore = (double) tp / n;
    List<@Nullable String> gs = signatoryNames(g);
    List<@Nullable String> ps = signatoryNames(p);
    int stp = matchItems(gs, ps, ExtractionScorer::personMatch).tp();
    int sn = Math.max(Math.max(gs.size(), ps.size()), 1);
    return 0.4 * cScore + 0.4 * nameScore + 0.2 * ((double) stp / sn);
  }

  /** {@code party_match}: any name or alias of one matches any of the other. */
  static boolean partyMatch(JsonNode goldParty, JsonNode predParty) {
    for (String gName : partyNames(goldParty)) {
      String g = norm(gName);
      for (String pName : partyNames(predParty)) {
        String p = norm(pName);
        if (g.isEmpty() || p.isEmpty()) {
          continue;
        }
        if (g.equals(p)) {
          return true;
        }
        Set<String> gt = tokens(g, true);
        Set<String> pt = tokens(p, true);
        if (jaccard(gt, pt) >= 0.6) {
          return true;
        }
        Set<String> small = gt.size() <= pt.size() ? gt : pt;
        Set<String> big = gt.size() <= pt.size() ? pt : gt;
        if (small.size() >= 2 && big.containsAll(small)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code person_match}: same tokens, or the smaller set (two tokens or more) in the bigger. */
  static boolean personMatch(@Nullable String g, @Nullable String p) {
    Set<String> gt = tokens(g, false);
    Set<String> pt = tokens(p, false);
    if (gt.isEmpty() || pt.isEmpty()) {
      return false;
    }
    if (gt.equals(pt)) {
      return true;
    }
    Set<String> small = gt.size() <= pt.size() ? gt : pt;
    Set<String> big = gt.size() <= pt.size() ? pt : gt;
    return small.size() >= 2 && big.containsAll(small);
  }

  /** {@code area_match}: Jaccard of the tokens without stop words at least 0.5. */
  static boolean areaMatch(@Nullable String g, @Nullable String p) {
    return jaccard(tokens(g, true), tokens(p, true)) >= 0.5;
  }

  /** {@code value_equal}: same currency and amounts within 1% of the gold amount. */
  static boolean valueEqual(JsonNode g, JsonNode p) {
    if (!truthy(g) || !truthy(p) || !g.isObject() || !p.isObject()) {
      return false;
    }
    Double ga = pyFloat(g.get("amount"));
    Double pa = pyFloat(p.get("amount"));
    if (ga == null || pa == null) {
      return false;
    }
    return pyEquals(get(g, "currency"), get(p, "currency"))
        && Math.abs(ga - pa) <= 0.01 * Math.abs(ga);
  }

  // ---------------------------------------------------------------- text

  /** {@code norm}: NFKC, lower case, punctuation to spaces, whitespace runs to one space. */
  static String norm(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String lower = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean pendingSpace = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isPySpace(cp) || PUNCTUATION.indexOf(cp) >= 0) {
        pendingSpace = true;
      } else {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** {@code tokens}: the set of words of {@link #norm}, without stop words unless all are. */
  static Set<String> tokens(@Nullable String s, boolean dropStop) {
    String n = norm(s);
    Set<String> all = new HashSet<>();
    if (n.isEmpty()) {
      return all;
    }
    List<String> words = List.of(n.split(" "));
    all.addAll(words);
    if (!dropStop) {
      return all;
    }
    Set<String> kept = new HashSet<>();
    for (String w : words) {
      if (!STOP.contains(w)) {
        kept.add(w);
      }
    }
    return kept.isEmpty() ? all : kept;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    int both = 0;
    for (String x : a) {
      if (b.contains(x)) {
        both++;
      }
    }
    return (double) both / union.size();
  }

  /** Python {@code str.isspace()} of one character: bidi class WS, B or S, or category Zs. */
  static boolean isPySpace(int cp) {
    if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
      return true;
    }
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_WHITESPACE
        || d == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
        || d == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
  }

  // ---------------------------------------------------------------- JSON access, Python style

  /** {@code a.get(field)}: null for a missing key or a JSON null (Python {@code None}). */
  private static @Nullable JsonNode get(JsonNode node, String field) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    return value == null || value.isNull() || value.isMissingNode() ? null : value;
  }

  /** {@code a.get(field) or []}. */
  private static List<JsonNode> list(JsonNode node, String field) {
    JsonNode value = get(node, field);
    List<JsonNode> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(out::add);
    }
    return out;
  }

  /** Items of a list of strings; a JSON null item is {@code None}. */
  private static List<@Nullable String> strings(JsonNode node, String field) {
    List<@Nullable String> out = new ArrayList<>();
    for (JsonNode item : list(node, field)) {
      out.add(item.isNull() ? null : pyStr(item));
    }
    return out;
  }

  /** {@code [s.get("name") for s in a.get("signatories") or []]}. */
  private static List<@Nullable String> signatoryNames(JsonNode a) {
    List<@Nullable String> names = new ArrayList<>();
    for (JsonNode s : list(a, "signatories")) {
      JsonNode name = get(s, "name");
      names.add(name == null ? null : pyStr(name));
    }
    return names;
  }

  /** {@code party_names}: name and aliases that are not empty. */
  private static List<String> partyNames(JsonNode p) {
    List<String> names = new ArrayList<>();
    JsonNode name = get(p, "name");
    if (name != null && truthy(name)) {
      names.add(pyStr(name));
    }
    for (JsonNode alias : list(p, "aliases")) {
      if (truthy(alias)) {
        names.add(pyStr(alias));
      }
    }
    return names;
  }

  /** {@code countries}: the sorted non-empty party countries, duplicates kept. */
  static List<String> countries(JsonNode a) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : list(a, "parties")) {
      JsonNode c = get(p, "country");
      if (c != null && truthy(c)) {
        out.add(pyStr(c));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static String describe(JsonNode a) {
    List<String> names = new ArrayList<>();
    for (JsonNode p : list(a, "parties")) {
      names.add(pyRepr(get(p, "name")));
    }
    List<String> countries = new ArrayList<>();
    for (String c : countries(a)) {
      countries.add(pyRepr(c));
    }
    return "[" + String.join(", ", countries) + "] [" + String.join(", ", names) + "]";
  }

  /** Python truthiness of a JSON value. */
  static boolean truthy(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0.0;
    }
    if (v.isString()) {
      return !v.stringValue().isEmpty();
    }
    return !v.isEmpty();
  }

  /** Python {@code ==} of two JSON values ({@code None} for null); {@code 5 == 5.0 == True}. */
  static boolean pyEquals(@Nullable JsonNode a, @Nullable JsonNode b) {
    if (a == null || a.isNull() || b == null || b.isNull()) {
      return (a == null || a.isNull()) && (b == null || b.isNull());
    }
    boolean aNum = a.isNumber() || a.isBoolean();
    boolean bNum = b.isNumber() || b.isBoolean();
    if (aNum || bNum) {
      if (!(aNum && bNum)) {
        return false;
      }
      BigDecimal x = exact(a);
      BigDecimal y = exact(b);
      if (x == null || y == null) {
        return a.doubleValue() == b.doubleValue(); // inf or nan: float comparison
      }
      return x.compareTo(y) == 0;
    }
    if (a.isString() || b.isString()) {
      return a.isString() && b.isString() && a.stringValue().equals(b.stringValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!pyEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (String key : a.propertyNames()) {
        if (!b.has(key) || !pyEquals(a.get(key), b.get(key))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static @Nullable BigDecimal exact(JsonNode n) {
    if (n.isBoolean()) {
      return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (n.isIntegralNumber()) {
      return new BigDecimal(n.bigIntegerValue());
    }
    if (n.isBigDecimal()) {
      return n.decimalValue();
    }
    double d = n.doubleValue();
    return Double.isFinite(d) ? new BigDecimal(d) : null;
  }

  /** Python {@code float(x)}, or null where it raises (missing key, None, list, bad string). */
  static @Nullable Double pyFloat(@Nullable JsonNode x) {
    if (x == null || x.isNull()) {
      return null;
    }
    if (x.isBoolean()) {
      return x.booleanValue() ? 1.0 : 0.0;
    }
    if (x.isIntegralNumber()) {
      BigInteger big = x.bigIntegerValue();
      return big.doubleValue();
    }
    if (x.isNumber()) {
      return x.doubleValue();
    }
    if (x.isString()) {
      String s = pyStrip(x.stringValue()).replaceAll("(?<=\\d)_(?=\\d)", "");
      if (PY_SPECIAL_FLOAT.matcher(s).matches()) {
        String lower = s.toLowerCase(Locale.ROOT);
        double v = lower.contains("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
        return lower.startsWith("-") ? -v : v;
      }
      return PY_FLOAT.matcher(s).matches() ? Double.parseDouble(s) : null;
    }
    return null;
  }

  private static String pyStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPySpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPySpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Python {@code str.isprintable()} of one character: not a control, format or separator. */
  private static boolean isPyPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** Python {@code str(x)} of a JSON value, as far as the scorer needs it. */
  static String pyStr(@Nullable JsonNode v) {
    if (v == null || v.isNull()) {
      return "None";
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    return v.toString();
  }

  private static String pyRepr(@Nullable JsonNode v) {
    return v != null && v.isString() ? pyRepr(v.stringValue()) : pyStr(v);
  }

  /** Python {@code repr} of a string: single quotes unless it holds one and no double quote. */
  private static String pyRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').appendCodePoint(c);
          } else if (isPyPrintable(c)) {
            out.appendCodePoint(c);
          } else if (c < 0x100) {
            out.append(String.format(Locale.ROOT, "\\x%02x", c));
          } else if (c < 0x10000) {
            out.append(String.format(Locale.ROOT, "\\u%04x", c));
          } else {
            out.append(String.format(Locale.ROOT, "\\U%08x", c));
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
