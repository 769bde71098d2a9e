package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kerangka.extract.internal.gazetteer.Gazetteer;

/** Gazetteer organisations by the normalised key of each name and alias, built once. */
final class NameIndex {
  private final Map<String, List<Gazetteer.OrgEntry>> byKey = new HashMap<>();

  NameIndex(Gazetteer gazetteer) {
    for (Gazetteer.OrgEntry e : gazetteer.organisations()) {
      add(e.name(), e);
      for (String a : e.aliases()) {
        add(a, e);
      }
    }
  }

  private void add(String form, Gazetteer.OrgEntry e) {
    List<Gazetteer.OrgEntry> l = byKey.computeIfAbsent(DocOrg.key(form), k -> new ArrayList<>(1));
    if (!l.contains(e)) {
      l.add(e);
    }
  }

  /** Entries known by {@code form}, in file order; empty when none. */
  List<Gazetteer.OrgEntry> lookup(String form) {
    return byKey.getOrDefault(DocOrg.key(form), List.of());
  }
}
