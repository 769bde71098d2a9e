package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.kerangka.extract.internal.gazetteer.Gazetteer;
import org.kerangka.extract.internal.text.Normalizer;
import org.kerangka.extract.internal.text.Sentence;
import org.kerangka.extract.internal.text.SentenceSplitter;

/** Test fixture: a short text normalised, split into sentences and analysed in order. */
record Analysed(String text, DocAnalyzer doc, List<Sent> sents) {

  static Analysed of(String original) {
    String text = new Normalizer().normalize(original).text();
    DocAnalyzer doc =
        new DocAnalyzer(text, Gazetteer.bundled(), new NameIndex(Gazetteer.bundled()));
    List<Sent> sents = new ArrayList<>();
    List<Sentence> spans = new SentenceSplitter().split(text, 0, text.length());
    for (int i = 0; i < spans.size(); i++) {
      sents.add(doc.analyse(i, spans.get(i).start(), spans.get(i).end(), false));
    }
    return new Analysed(text, doc, sents);
  }

  Sent sent(int i) {
    return sents.get(i);
  }

  Sent last() {
    return sents.get(sents.size() - 1);
  }

  /** The surfaces of the organisation mentions in sentence {@code i}. */
  List<String> orgSurfaces(int i) {
    return sents.get(i).orgs.stream().map(OrgMention::surface).toList();
  }

  String describe() {
    StringBuilder b = new StringBuilder();
    for (Sent x : sents) {
      b.append(Debug.describe(text, x));
    }
    return b.toString();
  }
}
