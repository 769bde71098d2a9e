package org.kerangka.extract.internal.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the forms of one gazetteer table in text: one Aho-Corasick automaton over the lower-cased
 * forms, word-boundary and case checks on each hit, then non-overlapping leftmost-longest matches.
 *
 * @param <T> what a form stands for
 */
final class FormMatcher<T> {

  /** A form and what it stands for; several may share one lower-cased key. */
  record Candidate<T>(
      String form, boolean caseSensitive, boolean boundaryBefore, boolean boundaryAfter, T value) {

    static <T> Candidate<T> of(String form, boolean forceCaseSensitive, T value) {
      return new Candidate<>(
          form,
          forceCaseSensitive || Forms.caseSensitive(form),
          Forms.needsBoundary(form.charAt(0)),
          Forms.needsBoundary(form.charAt(form.length() - 1)),
          value);
    }

    /** Whether this form and the other can match the same text. */
    boolean overlaps(Candidate<?> other) {
      return form.equalsIgnoreCase(other.form)
          && (!caseSensitive || !other.caseSensitive || form.equals(other.form));
    }
  }

  /** A match of a form in text; {@code end} is exclusive. */
  record Match<T>(int start, int end, T value) {}

  private final @Nullable AhoCorasickDoubleArrayTrie<List<Candidate<T>>> trie;
  private final Map<String, List<Candidate<T>>> byKey;

  private FormMatcher(Map<String, List<Candidate<T>>> byKey) {
    this.byKey = byKey;
    if (byKey.isEmpty()) {
      this.trie = null;
    } else {
      AhoCorasickDoubleArrayTrie<List<Candidate<T>>> t = new AhoCorasickDoubleArrayTrie<>();
      t.build(byKey);
      this.trie = t;
    }
  }

  /** The value of a form looked up on its own, with the same case rules as in text. */
  @Nullable T lookup(String form) {
    String normalised = Forms.normalise(form);
    List<Candidate<T>> candidates = byKey.get(Forms.lower(normalised));
    if (candidates == null) {
      return null;
    }
    for (Candidate<T> c : candidates) {
      if (!c.caseSensitive || c.form.equals(normalised)) {
        return c.value;
      }
    }
    return null;
  }

  /** Every form whose value satisfies the test, as normalised when added, in insertion order. */
  List<String> forms(java.util.function.Predicate<T> test) {
    List<String> out = new ArrayList<>();
    for (List<Candidate<T>> candidates : byKey.values()) {
      for (Candidate<T> c : candidates) {
        if (test.test(c.value)) {
          out.add(c.form);
        }
      }
    }
    return out;
  }

  int keyCount() {
    return byKey.size();
  }

  /** Non-overlapping leftmost-longest matches, in order of position. */
  List<Match<T>> find(String text) {
    if (trie == null || text.isEmpty()) {
      return List.of();
    }
    String lower = Forms.lower(text);
    Hits<T> hits = new Hits<>();
    trie.parseText(
        lower,
        (begin, end, candidates) -> {
          Candidate<T> accepted = accept(text, begin, end, candidates);
          if (accepted != null) {
            hits.add(begin, end, accepted.value);
          }
        });
    return hits.leftmostLongest();
  }

  private static <T> @Nullable Candidate<T> accept(
      String text, int begin, int end, List<Candidate<T>> candidates) {
    boolean freeBefore = begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1));
    boolean freeAfter = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    for (int i = 0, n = candidates.size(); i < n; i++) {
      Candidate<T> c = candidates.get(i);
      if ((c.boundaryBefore && !freeBefore) || (c.boundaryAfter && !freeAfter)) {
        continue;
      }
      if (c.caseSensitive && !text.regionMatches(begin, c.form, 0, c.form.length())) {
        continue;
      }
      return c;
    }
    return null;
  }

  /** Accepted hits, kept in parallel arrays until the overlap resolution. */
  private static final class Hits<T> {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Object[] values = new Object[16];
    private int size;

    void add(int start, int end, T value) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      values[size] = value;
      size++;
    }

    @SuppressWarnings("unchecked")
    List<Match<T>> leftmostLongest() {
      if (size == 0) {
        return List.of();
      }
      // Sort hit indexes by start ascending, then by length descending.
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (a, b) ->
              starts[a] != starts[b] ? Integer.compare(starts[a], starts[b]) : ends[b] - ends[a]);
      List<Match<T>> out = new ArrayList<>();
      int taken = 0;
      for (Integer i : order) {
        if (starts[i] >= taken) {
          out.add(new Match<>(starts[i], ends[i], (T) values[i]));
          taken = ends[i];
        }
      }
      return out;
    }
  }

  /**
   * Collects forms.
   *
   * @param owner what a value belongs to: overlapping forms of one owner are merged, those of
   *     different owners clash
   */
  static <T> Builder<T> builder(Function<T, ?> owner) {
    return new Builder<>(owner);
  }

  static final class Builder<T> {
    private final Map<String, List<Candidate<T>>> byKey = new LinkedHashMap<>();
    private final Function<T, ?> owner;

    private Builder(Function<T, ?> owner) {
      this.owner = owner;
    }

    /**
     * Adds a form, unless it is blank or an overlapping form of the same owner is already there (a
     * case-insensitive form then replaces an exact-case one: "Hipmi" widens "HIPMI").
     *
     * @param onClash called with the new candidate and the existing one when an overlapping form
     *     already belongs to a different owner; the form is then not added
     * @return whether the form was added
     */
    boolean add(
        String rawForm,
        boolean forceCaseSensitive,
        T value,
        BiConsumer<Candidate<T>, Candidate<T>> onClash) {
      String form = Forms.normalise(rawForm);
      if (form.isEmpty()) {
        return false;
      }
      Candidate<T> candidate = Candidate.of(form, forceCaseSensitive, value);
      List<Candidate<T>> list = byKey.computeIfAbsent(Forms.lower(form), k -> new ArrayList<>(1));
      for (int i = 0; i < list.size(); i++) {
        Candidate<T> existing = list.get(i);
        if (!existing.overlaps(candidate)) {
          continue;
        }
        if (!Objects.equals(owner.apply(existing.value), owner.apply(value))) {
          onClash.accept(candidate, existing);
          return false;
        }
        if (existing.caseSensitive && !candidate.caseSensitive) {
          list.set(i, candidate);
          sort(list);
          return true;
        }
        return false;
      }
      list.add(candidate);
      sort(list);
      return true;
    }

    /** Exact-case forms first, so that "AS" is tried before a case-insensitive "as". */
    private static <T> void sort(List<Candidate<T>> list) {
      list.sort((a, b) -> Boolean.compare(b.caseSensitive, a.caseSensitive));
    }

    FormMatcher<T> build() {
      Map<String, List<Candidate<T>>> frozen = new LinkedHashMap<>();
      byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new FormMatcher<>(frozen);
    }
  }
}
