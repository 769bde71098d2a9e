package org.kerangka.extract.internal.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.PartyKind;

/** An organisation as known in one document: canonical name, forms seen, country, kind. */
final class DocOrg {
  String name;
  final Set<String> aliases = new KeyedSet();
  private final Set<String> keys = new java.util.HashSet<>();
  @Nullable String country;
  PartyKind kind;
  @Nullable String gazetteerId;

  /** A government named only by its country ("Pemerintah Indonesia", "Indonesia"). */
  boolean placeholder;

  /** Made from a title alone ("Menteri Sumber Daya Australia" -> "Kementerian Sumber Daya ..."). */
  boolean synthetic;

  DocOrg(String name, @Nullable String country, PartyKind kind, @Nullable String gazetteerId) {
    this.name = name;
    this.country = country;
    this.kind = kind;
    this.gazetteerId = gazetteerId;
  }

  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    String k = b.toString().strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k; // "The University of Melbourne"
  }

  boolean knownAs(String form) {
    String k = key(form);
    return !k.isEmpty() && (k.equals(key(name)) || keys.contains(k));
  }

  /** Keeps the normalised keys of the aliases beside them, so look-ups do not recompute them. */
  private final class KeyedSet extends LinkedHashSet<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean add(String alias) {
      boolean added = super.add(alias);
      if (added) {
        keys.add(key(alias));
      }
      return added;
    }
  }

  @Override
  public String toString() {
    return name + "/" + country;
  }
}
