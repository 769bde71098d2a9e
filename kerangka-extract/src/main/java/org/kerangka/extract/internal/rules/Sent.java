package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.internal.gazetteer.Gazetteer;

/** One analysed sentence: its tokens and what was recognised in it. */
final class Sent {
  final int index;
  final int start;
  final int end;
  final List<Tok> t;
  final boolean headline;

  /** Per token: the country match starting there (iso2) and the index of its last token. */
  final String[] countryIso;

  final int[] countryLast;
  final Gazetteer.@Nullable OrgMatch[] gazOrg;
  final int[] gazOrgLast;
  final Gazetteer.@Nullable TitleMatch[] title;
  final int[] titleLast;

  final List<OrgMention> orgs = new ArrayList<>();
  final List<PersonMention> persons = new ArrayList<>();
  final List<int[]> instruments = new ArrayList<>(); // {firstTok, lastTok}
  final List<@Nullable Instrument> instrumentKinds = new ArrayList<>();

  boolean signing;
  boolean strongSigning;
  boolean plannedSigning;
  boolean negated;
  boolean background;
  boolean termination;
  boolean summary;
  boolean enumeration;
  boolean anaphor;
  boolean extension;

  Sent(int index, int start, int end, List<Tok> t, boolean headline) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.t = t;
    this.headline = headline;
    int n = t.size();
    countryIso = new String[n];
    countryLast = new int[n];
    gazOrg = new Gazetteer.OrgMatch[n];
    gazOrgLast = new int[n];
    title = new Gazetteer.TitleMatch[n];
    titleLast = new int[n];
  }

  boolean has(String lower) {
    for (Tok x : t) {
      if (x.lower().equals(lower)) {
        return true;
      }
    }
    return false;
  }

  int indexOf(String lower, int from) {
    for (int i = Math.max(0, from); i < t.size(); i++) {
      if (t.get(i).lower().equals(lower)) {
        return i;
      }
    }
    return -1;
  }

  @Nullable OrgMention orgAt(int tok) {
    for (OrgMention m : orgs) {
      if (m.first() <= tok && tok <= m.last()) {
        return m;
      }
    }
    return null;
  }

  @Nullable PersonMention personAt(int tok) {
    for (PersonMention m : persons) {
      if (m.first() <= tok && tok <= m.last()) {
        return m;
      }
    }
    return null;
  }

  String text(String s, int firstTok, int lastTok) {
    return s.substring(t.get(firstTok).start(), t.get(lastTok).end());
  }
}
