package org.kerangka.extract.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the content of a news page: the text minus "Baca juga"/"Read more" teasers, related-article
 * lists, bylines, photo captions and copyright lines, in Indonesian and English.
 *
 * <p>Works line by line on normalised text with hand-written matching (linear, no regexes). Each
 * kept line, or part of a line when a teaser or caption sits inside it, becomes one trimmed {@link
 * Block}; blocks are in text order and do not overlap.
 */
public final class NoiseFilter {

  /** Markers of a teaser for one other article ("Baca juga: headline"). */
  private static final String[] TEASERS = {
    "baca juga", "baca pula", "lihat juga", "simak juga", "read also", "also read", "read more"
  };

  /** Headers of a list of related articles, also used inline before one headline. */
  private static final String[] LIST_HEADERS = {
    "see also", "artikel terkait", "berita terkait", "berita lainnya", "artikel lainnya"
  };

  /** Headers recognised only at the start of a line (too common as words mid-sentence). */
  private static final String[] LINE_TEASERS = {
    "related articles",
    "related article",
    "related coverage",
    "related stories",
    "related story",
    "related news",
    "related content",
    "related"
  };

  /** Credit prefixes that are followed by a colon. */
  private static final String[] CREDITS_WITH_COLON = {
    "penulis",
    "editor",
    "reporter",
    "pewarta",
    "penyunting",
    "redaktur",
    "kontributor",
    "fotografer",
    "posted by",
    "written by",
    "writer",
    "author",
    "reported by"
  };

  /** Credit prefixes followed directly by a name. */
  private static final String[] CREDITS_BY = {
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "written by",
    "posted by",
    "reported by"
  };

  private static final String[] CAPTIONS = {
    "foto",
    "photo",
    "caption",
    "ilustrasi",
    "keterangan foto",
    "keterangan gambar",
    "gambar",
    "image",
    "sumber foto",
    "picture",
    "pic"
  };

  private static final String[] COPYRIGHT_STARTS = {
    "copyright", "hak cipta", "dilarang mengutip", "all rights reserved"
  };

  private static final String[] COPYRIGHT_ANYWHERE = {
    "all rights reserved", "hak cipta dilindungi", "dilarang mengutip"
  };

  /** Lines longer than this are body text, whatever they start with. */
  private static final int MAX_NOISE_LINE = 300;

  private static final int MAX_HEADLINE = 200;

  /** Line modes: what the lines after a standalone teaser or list header may be. */
  private static final int BODY = 0;

  private static final int AWAIT_HEADLINE = 1;
  private static final int AWAIT_LIST = 2;
  private static final int IN_BULLETS = 3;
  private static final int IN_LIST = 4;

  public List<Block> contentBlocks(String text) {
    List<Block> blocks = new ArrayList<>();
    int n = text.length();
    int mode = BODY;
    int pos = 0;
    while (pos <= n) {
      int lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int ts = skipSpaces(text, pos, lineEnd);
      int te = trimEnd(text, ts, lineEnd);
      int standalone = ts == te ? BODY : standaloneTeaser(text, ts, te);
      if (ts == te) {
        if (mode == IN_LIST || mode == IN_BULLETS) {
          mode = BODY; // a blank line ends a list; a teaser's headline may still follow one
        }
      } else if (standalone != BODY) {
        mode = standalone;
      } else if (isWholeLineNoise(text, ts, te)) {
        // dropped without changing the mode
      } else if (isBullet(text, ts, te)) {
        if (mode == BODY) {
          addContent(text, ts, te, blocks);
        } else {
          mode = mode == AWAIT_HEADLINE ? IN_BULLETS : IN_LIST;
        }
      } else if ((mode == AWAIT_HEADLINE || mode == AWAIT_LIST || mode == IN_LIST)
          && looksLikeHeadline(text, ts, te)) {
        mode = mode == AWAIT_HEADLINE ? IN_BULLETS : IN_LIST;
      } else {
        mode = BODY;
        addContent(text, ts, te, blocks);
      }
      pos = lineEnd + 1;
    }
    return blocks;
  }

  /** Whether {@code offset} lies inside one of {@code blocks} (as returned, in text order). */
  static boolean isContent(List<Block> blocks, int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = blocks.get(mid);
      if (offset < b.start()) {
        hi = mid - 1;
      } else if (offset >= b.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  // ---- whole lines ----

  /**
   * "Baca Juga:" ({@link #AWAIT_HEADLINE}), "RELATED" or "MORE FROM BUSINESS" ({@link #AWAIT_LIST})
   * alone on a line, or {@link #BODY} for any other line.
   */
  private static int standaloneTeaser(String t, int ts, int te) {
    if (te - ts > MAX_HEADLINE) {
      return BODY;
    }
    int p = skipOpeners(t, ts, te);
    int after = matchAny(t, p, te, TEASERS);
    int mode = AWAIT_HEADLINE;
    if (after < 0) {
      after = matchAny(t, p, te, LIST_HEADERS);
      mode = AWAIT_LIST;
    }
    if (after < 0) {
      after = matchAny(t, p, te, LINE_TEASERS);
    }
    if (after >= 0) {
      int q = skipSpaces(t, after, te);
      if (q < te && t.charAt(q) == ':') {
        q = skipSpaces(t, q + 1, te);
      }
      while (q < te && (t.charAt(q) == ']' || t.charAt(q) == ')' || t.charAt(q) == ' ')) {
        q++;
      }
      return q == te ? mode : BODY;
    }
    int more = matchWord(t, p, te, "more from");
    boolean moreFrom =
        more >= 0 && te - ts <= 60 && t.charAt(te - 1) != '.' && words(t, more, te) <= 4;
    return moreFrom ? AWAIT_LIST : BODY;
  }

  private static boolean isWholeLineNoise(String t, int ts, int te) {
    if (te - ts > MAX_NOISE_LINE) {
      return false;
    }
    return isCredit(t, ts, te)
        || isCaption(t, ts, te)
        || isCopyright(t, ts, te)
        || isInitials(t, ts, te);
  }

  private static boolean isCredit(String t, int ts, int te) {
    int p = skipOpeners(t, ts, te);
    int after = matchAny(t, p, te, CREDITS_WITH_COLON);
    if (after >= 0 && colonAfter(t, after, te) >= 0) {
      return true;
    }
    if (matchAny(t, p, te, CREDITS_BY) >= 0) {
      return true;
    }
    int by = matchWord(t, p, te, "by");
    return by >= 0 && isNameOnly(t, by, te);
  }

  /** "By Ana Lucia Freitas": short, capitalised words only, nothing that ends a sentence. */
  private static boolean isNameOnly(String t, int from, int te) {
    if (te - from > 60) {
      return false;
    }
    int names = 0;
    int i = skipSpaces(t, from, te);
    while (i < te) {
      int wordEnd = i;
      while (wordEnd < te && t.charAt(wordEnd) != ' ') {
        wordEnd++;
      }
      char first = t.charAt(i);
      if (Character.isUpperCase(first)) {
        names++;
      } else if (!(matchWord(t, i, wordEnd, "and") == wordEnd
          || matchWord(t, i, wordEnd, "dan") == wordEnd
          || (wordEnd - i == 1 && first == '&'))) {
        return false;
      }
      for (int k = i; k < wordEnd; k++) {
        char c = t.charAt(k);
        if (c == ',' || c == '.' && k == te - 1 || Character.isDigit(c)) {
          return false;
        }
      }
      i = skipSpaces(t, wordEnd, te);
    }
    return names >= 1 && names <= 6;
  }

  private static boolean isCaption(String t, int ts, int te) {
    int p = skipOpeners(t, ts, te);
    int after = matchAny(t, p, te, CAPTIONS);
    return after >= 0 && colonAfter(t, after, te) >= 0;
  }

  private static boolean isCopyright(String t, int ts, int te) {
    if (matchAny(t, ts, te, COPYRIGHT_STARTS) >= 0) {
      return true;
    }
    for (int i = ts; i < te; i++) {
      char c = t.charAt(i);
      if (c == '\u00A9') {
        return true;
      }
      if (c == '(' && i + 4 < te && (t.charAt(i + 1) | 0x20) == 'c' && t.charAt(i + 2) == ')') {
        int year = skipSpaces(t, i + 3, te);
        if (year < te && Character.isDigit(t.charAt(year))) {
          return true; // "(c) 2024 ..."
        }
      }
      if ((c == 'a' || c == 'A' || c == 'h' || c == 'H' || c == 'd' || c == 'D')
          && (i == ts || !Character.isLetterOrDigit(t.charAt(i - 1)))
          && matchAny(t, i, te, COPYRIGHT_ANYWHERE) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "(ais/dwi)", "( rdn / fik )", "(ant)": an initials credit alone on its line. */
  private static boolean isInitials(String t, int ts, int te) {
    if (t.charAt(ts) != '(' || t.charAt(te - 1) != ')' || te - ts > 32) {
      return false;
    }
    return isInitialsInside(t, ts + 1, te - 1, false);
  }

  private static boolean isInitialsInside(String t, int from, int to, boolean lowerWithSlash) {
    boolean letter = false;
    boolean slash = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (lowerWithSlash && !Character.isLowerCase(c)) {
          return false;
        }
        letter = true;
      } else if (c == '/') {
        slash = true;
      } else if (!(c == ' ' || c == ',' || c == '.' || c == '-' || c == '*')) {
        return false;
      }
    }
    return letter && (slash || !lowerWithSlash);
  }

  // ---- related lists ----

  private static boolean isBullet(String t, int ts, int te) {
    char c = t.charAt(ts);
    boolean marker =
        c == '-' || c == '\u2022' || c == '*' || c == '\u00B7' || c == '>' || c == '\u00BB';
    return marker && ts + 1 < te && t.charAt(ts + 1) == ' ';
  }

  /** A short line without a sentence-ending full stop: a teaser headline, not body text. */
  private static boolean looksLikeHeadline(String t, int ts, int te) {
    if (te - ts > MAX_HEADLINE) {
      return false;
    }
    int last = te - 1;
    while (last > ts && isCloser(t.charAt(last))) {
      last--;
    }
    char end = t.charAt(last);
    if (end == '.' || end == ':') {
      return false;
    }
    for (int i = ts; i + 1 < te; i++) {
      if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  // ---- inside a content line ----

  /** Adds the line's content, cutting out inline teasers, captions and trailing initials. */
  private static void addContent(String t, int ts, int te, List<Block> blocks) {
    int end = withoutTrailingInitials(t, ts, te);
    int segment = ts;
    int i = ts;
    while (i < end) {
      char c = t.charAt(i);
      int cutStart = -1;
      int cutEnd = -1;
      if ((c == '(' || c == '[') && i + 1 < end) {
        int p = skipSpaces(t, i + 1, end);
        int after = matchAny(t, p, end, CAPTIONS);
        if (after >= 0 && colonAfter(t, after, end) >= 0) {
          cutStart = i;
          cutEnd = closing(t, after, end, c == '(' ? ')' : ']');
        }
      } else if (mayStartInlineMarker(c)
          && (i == ts || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
        int after = matchAny(t, i, end, TEASERS);
        if (after < 0) {
          after = matchAny(t, i, end, LIST_HEADERS);
        }
        if (after < 0 && i == ts) {
          after = matchAny(t, i, end, LINE_TEASERS);
        }
        if (after >= 0) {
          int colon = colonAfter(t, after, end);
          if (colon >= 0 || isUpperCase(t, i, after)) {
            int body = colon >= 0 ? colon : after;
            int opener = openerBefore(t, ts, i);
            if (opener >= 0) {
              cutStart = opener;
              cutEnd = closing(t, body, end, t.charAt(opener) == '(' ? ')' : ']');
            } else {
              cutStart = i;
              cutEnd = sentenceEnd(t, body, end);
            }
          }
        }
      }
      if (cutStart >= 0) {
        addTrimmed(t, segment, cutStart, blocks);
        segment = cutEnd;
        i = cutEnd;
      } else {
        i++;
      }
    }
    addTrimmed(t, segment, end, blocks);
  }

  /** Cheap pre-check: whether {@code c} is the first letter of an inline marker, any case. */
  private static boolean mayStartInlineMarker(char c) {
    int lower = c | 0x20;
    return lower == 'b' || lower == 'l' || lower == 's' || lower == 'r' || lower == 'a';
  }

  /** Drops "(ais/dwi)" at the end of a body line. */
  private static int withoutTrailingInitials(String t, int ts, int te) {
    if (t.charAt(te - 1) != ')') {
      return te;
    }
    for (int i = te - 2; i >= ts && i >= te - 24; i--) {
      if (t.charAt(i) == '(') {
        return isInitialsInside(t, i + 1, te - 1, true) ? trimEnd(t, ts, i) : te;
      }
    }
    return te;
  }

  private static int openerBefore(String t, int ts, int i) {
    int k = i - 1;
    while (k >= ts && t.charAt(k) == ' ') {
      k--;
    }
    return k >= ts && (t.charAt(k) == '(' || t.charAt(k) == '[') ? k : -1;
  }

  private static int closing(String t, int from, int end, char closer) {
    for (int k = from; k < end; k++) {
      if (t.charAt(k) == closer) {
        return k + 1;
      }
    }
    return end;
  }

  /** End (exclusive) of the sentence starting at {@code from}: after . ! ? before a space. */
  private static int sentenceEnd(String t, int from, int end) {
    for (int k = from; k < end; k++) {
      char c = t.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && (k + 1 == end || t.charAt(k + 1) == ' ')) {
        return k + 1;
      }
    }
    return end;
  }

  private static void addTrimmed(String t, int from, int to, List<Block> blocks) {
    int s = skipSpaces(t, from, to);
    int e = trimEnd(t, s, to);
    if (s < e) {
      blocks.add(new Block(s, e));
    }
  }

  // ---- matching helpers ----

  /** End of the first of {@code words} found at {@code i} as whole words, or -1. */
  private static int matchAny(String t, int i, int end, String[] words) {
    if (i >= end) {
      return -1;
    }
    char first = (char) (t.charAt(i) | 0x20); // all words start with a lower-case ASCII letter
    for (String w : words) {
      if (w.charAt(0) != first) {
        continue;
      }
      int after = matchWord(t, i, end, w);
      if (after >= 0) {
        return after;
      }
    }
    return -1;
  }

  /** End of {@code word} (any case) at {@code i} when followed by a non-letter, or -1. */
  private static int matchWord(String t, int i, int end, String word) {
    int after = i + word.length();
    if (after > end || !t.regionMatches(true, i, word, 0, word.length())) {
      return -1;
    }
    return after == end || !Character.isLetterOrDigit(t.charAt(after)) ? after : -1;
  }

  /** Offset after a colon that follows {@code i} (spaces allowed before it), or -1. */
  private static int colonAfter(String t, int i, int end) {
    int p = skipSpaces(t, i, end);
    return p < end && t.charAt(p) == ':' ? p + 1 : -1;
  }

  private static boolean isUpperCase(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int words(String t, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = t.charAt(i) == ' ';
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static int skipOpeners(String t, int i, int end) {
    while (i < end && (t.charAt(i) == '(' || t.charAt(i) == '[' || isSpace(t.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String t, int i, int end) {
    while (i < end && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String t, int start, int end) {
    while (end > start && isSpace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isSpace(char c) {
    return c <= ' ' || Character.isSpaceChar(c);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }
}
