package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.AgreementStatus;
import org.kerangka.extract.Article;
import org.kerangka.extract.Evidence;
import org.kerangka.extract.ExtractionResult;
import org.kerangka.extract.Language;
import org.kerangka.extract.Party;
import org.kerangka.extract.Signatory;
import org.kerangka.extract.internal.gazetteer.Gazetteer;
import org.kerangka.extract.internal.text.Block;
import org.kerangka.extract.internal.text.LanguageGuesser;
import org.kerangka.extract.internal.text.NoiseFilter;
import org.kerangka.extract.internal.text.NormalizedText;
import org.kerangka.extract.internal.text.Normalizer;
import org.kerangka.extract.internal.text.Sentence;
import org.kerangka.extract.internal.text.SentenceSplitter;

/**
 * The extraction pipeline: normalise, drop page noise, split sentences, skip articles without a
 * signing or instrument cue, analyse sentences, assemble agreements, map evidence back to the
 * original text. Immutable and thread-safe.
 */
public final class RuleExtractor {
  private static final boolean DEBUG = Boolean.getBoolean("kerangka.debug");
  private final Gazetteer gazetteer;
  private final Normalizer normalizer = new Normalizer();
  private final NoiseFilter noise = new NoiseFilter();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final LanguageGuesser languages = new LanguageGuesser();
  private final CueScanner cues = new CueScanner();

  private final NameIndex names;

  public RuleExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameIndex(gazetteer);
  }

  public ExtractionResult extract(Article article) {
    String original = article.text();
    NormalizedText norm = normalizer.normalize(original);
    String s = norm.text();
    Language language = article.language() != null ? article.language() : languages.guess(s);
    if (!cues.mayReportAgreement(s)) {
      return new ExtractionResult(article.id(), language, article.published(), List.of());
    }
    List<Block> blocks = noise.contentBlocks(s);
    List<int[]> spans = new ArrayList<>();
    List<Boolean> headlines = new ArrayList<>();
    boolean first = true;
    boolean body = false;
    for (Block b : blocks) {
      for (Sentence sent : splitter.split(s, b.start(), b.end())) {
        boolean headline = first && isHeadline(s, sent, article.title());
        int start = sent.start();
        if (!headline && !body) {
          start = afterDateline(s, sent.start(), sent.end()); // "Jakarta, Kominfo - ..."
          body = true;
        }
        first = false;
        if (headline) {
          continue; // the headline repeats the story and names no venue or date of its own
        }
        for (int[] clause : clauses(s, start, sent.end())) {
          spans.add(clause);
          headlines.add(false);
        }
      }
    }
    // A real article is a few kilobytes. Far longer input (a whole dump pasted in, a fuzzer's
    // megabytes) is read in independent sections of about CHUNK characters, so that memory stays
    // bounded and time linear; an agreement is never reported across two sections.
    List<AgreementRecord> records = new ArrayList<>();
    int first0 = 0;
    while (first0 < spans.size()) {
      int last0 = first0;
      int from = spans.get(first0)[0];
      while (last0 + 1 < spans.size() && spans.get(last0 + 1)[1] - from <= CHUNK) {
        last0++;
      }
      int to = spans.get(last0)[1];
      DocAnalyzer doc =
          spans.size() == last0 + 1 && first0 == 0
              ? new DocAnalyzer(s, gazetteer, names)
              : new DocAnalyzer(s, from, to, gazetteer, names);
      List<Sent> sents = new ArrayList<>(last0 - first0 + 1);
      for (int i = first0; i <= last0; i++) {
        sents.add(doc.analyse(i - first0, spans.get(i)[0], spans.get(i)[1], headlines.get(i)));
      }
      if (DEBUG) {
        for (Sent x : sents) {
          System.err.println(Debug.describe(s, x));
        }
      }
      for (Draft d : new Assembler(doc, sents, article.published()).run()) {
        records.add(toRecord(d, norm));
      }
      first0 = last0 + 1;
    }
    return new ExtractionResult(article.id(), language, article.published(), records);
  }

  /** Section size for very long input, in characters of normalised text. */
  static final int CHUNK = 50_000;

  private static final String[] CLAUSE_BREAKS = {
    ", while ", ", whereas ", "; while ", ", sedangkan ", "; sedangkan ", ", sementara "
  };

  /**
   * "Pertamina signed an MoU with Aramco ..., while PLN and ACWA Power signed a power purchase
   * agreement": two signings in one sentence are read as two clauses.
   */
  static List<int[]> clauses(String s, int start, int end) {
    String lower = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    for (String brk : CLAUSE_BREAKS) {
      int at = lower.indexOf(brk);
      if (at > 0 && signs(lower, 0, at) && signs(lower, at + brk.length(), lower.length())) {
        int cut = start + at + 1; // keep the comma with the first clause
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {start, start + at});
        out.addAll(clauses(s, cut + brk.length() - 1, end));
        return out;
      }
    }
    return List.of(new int[] {start, end});
  }

  private static boolean signs(String lower, int from, int to) {
    String part = lower.substring(from, to);
    return part.contains("signed")
        || part.contains("andatangan")
        || part.contains("teken")
        || part.contains("inked")
        || part.contains("sign ");
  }

  private static boolean isHeadline(String s, Sentence sent, String title) {
    String line = s.substring(sent.start(), sent.end()).strip();
    if (title != null && !title.isBlank()) {
      String t = title.strip();
      if (line.equalsIgnoreCase(t) || t.startsWith(line) && line.length() > 20) {
        return true;
      }
    }
    // a first line without a full stop, followed by a blank line
    int nl = s.indexOf('\n', sent.start());
    boolean blankAfter = nl >= 0 && nl + 1 < s.length() && s.charAt(nl + 1) == '\n';
    return blankAfter && !line.endsWith(".") && line.length() < 220 && nl <= sent.end() + 1;
  }

  /** "WahanaNews.co, Jakarta - Pemerintah ..." / "SEOUL - Indonesia ...": skip the dateline. */
  private static int afterDateline(String s, int start, int end) {
    int limit = Math.min(end, start + 70);
    int dash = s.indexOf(" - ", start);
    if (dash < 0 || dash > limit) {
      return start;
    }
    String head = s.substring(start, dash);
    int words = 0;
    for (String w : head.split("[ ,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      int c = w.codePointAt(0);
      boolean bracketed = c == '(' && w.length() > 1 && Character.isUpperCase(w.codePointAt(1));
      if (!Character.isUpperCase(c) && !Character.isDigit(c) && !bracketed) {
        return start; // "JAKARTA, June 3 (Reuters) - " is a dateline; a sentence is not
      }
    }
    return words <= 6 ? dash + 3 : start;
  }

  private static AgreementRecord toRecord(Draft d, NormalizedText norm) {
    List<Party> parties = new ArrayList<>();
    for (DocOrg o : d.parties) {
      Map<String, String> aliases = new LinkedHashMap<>();
      for (String a : o.aliases) {
        String k = DocOrg.key(a);
        if (!k.isEmpty() && !k.equals(DocOrg.key(o.name))) {
          aliases.putIfAbsent(k, a);
        }
      }
      parties.add(new Party(o.name, new ArrayList<>(aliases.values()), o.country, o.kind));
    }
    List<Signatory> signatories = new ArrayList<>();
    if (!d.planned) {
      for (Draft.SignatoryDraft g : d.signatories) {
        signatories.add(new Signatory(g.name(), g.title(), g.onBehalfOf()));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < d.evidence.size(); i++) {
      int[] e = d.evidence.get(i);
      int a = norm.originalStart(e[0]);
      int b = norm.originalEnd(e[1]);
      Evidence ev = new Evidence(a, Math.max(a, b), d.evidenceFields.get(i));
      if (!evidence.contains(ev)) {
        evidence.add(ev);
      }
    }
    AgreementStatus status = d.signed ? AgreementStatus.SIGNED : AgreementStatus.PLANNED;
    return new AgreementRecord(
        d.instrument,
        status,
        parties,
        signatories,
        status == AgreementStatus.SIGNED ? d.signedOn : null,
        d.place,
        d.event,
        d.termYears,
        d.extendable,
        dedupe(d.areas),
        dedupe(d.activities),
        d.value,
        evidence);
  }

  private static List<String> dedupe(List<String> items) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : items) {
      out.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
    }
    return new ArrayList<>(out.values());
  }
}
