package org.kerangka.app.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kerangka.app.capture.MinHash;

/**
 * Groups mentions into one candidate per real agreement. Mentions are compared only inside a block
 * (same status, instrument and party countries) and, sorted by day, only with the next few
 * neighbours within a date window: cost grows as n log n (the sorts), never n². Pairs that score
 * high enough are joined strongest first; two mentions from one document are never joined (an
 * article that reports two signings reports two agreements), and every party of one mention must
 * answer to a name of a party of the other (so the different MoUs of one event stay apart).
 */
final class Grouper {
  /** Days two reports of one signing may differ by (an outlet getting the date wrong). */
  static final int DATE_WINDOW_DAYS = 7;

  /** Neighbours each mention is compared with inside its block, at most. */
  static final int MAX_NEIGHBOURS = 32;

  static final double THRESHOLD = 0.6;

  /** A syndicated or lightly edited copy: MinHash similarity of the whole texts. */
  static final double NEAR_COPY = 0.5;

  private Grouper() {}

  /** The groups, each a list of candidates; every candidate is in exactly one group. */
  static List<List<Candidate>> group(List<Candidate> candidates) {
    Map<String, List<Candidate>> blocks = new HashMap<>();
    for (Candidate c : candidates) {
      blocks.computeIfAbsent(c.block(), b -> new ArrayList<>()).add(c);
    }
    record Pair(Candidate a, Candidate b, double score) {}
    List<Pair> pairs = new ArrayList<>();
    Comparator<Candidate> byDay =
        Comparator.comparingLong(
                (Candidate c) -> c.day() == Candidate.NO_DAY ? Long.MAX_VALUE : c.day())
            .thenComparingLong(Candidate::mentionId);
    for (List<Candidate> block : blocks.values()) {
      block.sort(byDay);
      for (int i = 0; i < block.size(); i++) {
        Candidate a = block.get(i);
        for (int j = i + 1; j < block.size() && j - i <= MAX_NEIGHBOURS; j++) {
          Candidate b = block.get(j);
          if (a.day() != Candidate.NO_DAY
              && b.day() != Candidate.NO_DAY
              && b.day() - a.day() > DATE_WINDOW_DAYS) {
            break;
          }
          double score = score(a, b);
          if (score >= THRESHOLD) {
            pairs.add(new Pair(a, b, score));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      index.put(candidates.get(i).mentionId(), i);
    }
    int[] parent = new int[candidates.size()];
    List<Set<Long>> documents = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      Set<Long> docs = new HashSet<>();
      docs.add(candidates.get(i).documentId());
      documents.add(docs);
    }
    for (Pair pair : pairs) {
      int ra = find(parent, index.get(pair.a().mentionId()));
      int rb = find(parent, index.get(pair.b().mentionId()));
      if (ra == rb) {
        continue;
      }
      Set<Long> da = documents.get(ra);
      Set<Long> db = documents.get(rb);
      Set<Long> small = da.size() < db.size() ? da : db;
      Set<Long> large = small == da ? db : da;
      if (small.stream().anyMatch(large::contains)) {
        continue; // two mentions of one document: two agreements
      }
      large.addAll(small);
      int root = large == da ? ra : rb;
      int other = root == ra ? rb : ra;
      parent[other] = root;
      documents.set(root, large);
      documents.set(other, Set.of());
    }
    Map<Integer, List<Candidate>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(candidates.get(i));
    }
    List<List<Candidate>> result = new ArrayList<>(groups.values());
    result.sort(Comparator.comparingLong(g -> g.get(0).mentionId()));
    return result;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** How strongly two mentions look like reports of one agreement, about 0 to 1.4. */
  static double score(Candidate a, Candidate b) {
    if (a.documentId() == b.documentId()) {
      return 0;
    }
    boolean nearCopy = MinHash.similarity(a.minhash(), b.minhash()) >= NEAR_COPY;
    int matched = matchedParties(a, b);
    int fewer = Math.min(a.parties().size(), b.parties().size());
    int more = Math.max(a.parties().size(), b.parties().size());
    if (more == 0) {
      return 0;
    }
    double parties = matched / (double) more;
    if (!nearCopy && matched < fewer) {
      return 0; // a party of one has no counterpart in the other: another agreement
    }
    if (parties < 0.5) {
      return 0;
    }
    double score = 0.5 * parties;
    if (a.day() != Candidate.NO_DAY && b.day() != Candidate.NO_DAY) {
      long diff = Math.abs(a.day() - b.day());
      score += diff == 0 ? 0.2 : diff <= 2 ? 0.1 : 0;
    }
    if (!a.signatories().isEmpty() && !b.signatories().isEmpty()) {
      double j = jaccard(a.signatories(), b.signatories());
      score += j == 0 ? -0.3 : 0.2 * j;
    }
    score += 0.15 * overlap(a.placeAndEvent(), b.placeAndEvent());
    score += 0.1 * overlap(a.areas(), b.areas());
    if (a.value() != null && b.value() != null) {
      score += a.value().equals(b.value()) ? 0.1 : -0.3;
    }
    if (nearCopy) {
      score += 0.3;
    }
    return score;
  }

  private static int matchedParties(Candidate a, Candidate b) {
    int matched = 0;
    boolean[] used = new boolean[b.parties().size()];
    for (Set<String> pa : a.parties()) {
      for (int j = 0; j < used.length; j++) {
        if (!used[j] && intersects(pa, b.parties().get(j))) {
          used[j] = true;
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() < b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** Common words over the smaller set; 0 when either is empty. */
  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return common / (double) Math.min(a.size(), b.size());
  }
}
