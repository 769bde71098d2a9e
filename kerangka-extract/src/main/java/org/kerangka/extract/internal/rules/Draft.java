package org.kerangka.extract.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.Money;

/** An agreement being assembled from the sentences that report it. */
final class Draft {
  @Nullable Instrument instrument;
  int instrumentSpecificity = -1;
  boolean signed;
  boolean planned;
  final List<DocOrg> parties = new ArrayList<>();
  final List<SignatoryDraft> signatories = new ArrayList<>();
  @Nullable LocalDate signedOn;
  int dateRank = -1;
  @Nullable String place;
  @Nullable String event;
  @Nullable Integer termYears;
  @Nullable Boolean extendable;
  final List<String> areas = new ArrayList<>();
  boolean areasExplicit;
  final List<String> activities = new ArrayList<>();
  @Nullable Money value;
  final Set<Integer> sentences = new LinkedHashSet<>();
  final List<int[]> evidence = new ArrayList<>(); // {start, end, fieldIndex}
  final List<String> evidenceFields = new ArrayList<>();
  final int trigger;

  Draft(int trigger) {
    this.trigger = trigger;
  }

  void evidence(int start, int end, String field) {
    evidence.add(new int[] {start, end});
    evidenceFields.add(field);
  }

  boolean hasParty(DocOrg o) {
    return parties.contains(o);
  }

  void addParty(DocOrg o) {
    if (parties.contains(o)) {
      return;
    }
    // a specific organisation replaces the country-level placeholder of the same country
    if (!o.placeholder) {
      for (int i = 0; i < parties.size(); i++) {
        DocOrg p = parties.get(i);
        if (p.placeholder && p.country != null && p.country.equals(o.country)) {
          o.aliases.add(p.name);
          o.aliases.addAll(p.aliases);
          parties.set(i, o);
          return;
        }
      }
    } else {
      for (DocOrg p : parties) {
        if (p.country != null && p.country.equals(o.country)) {
          p.aliases.add(o.name);
          return;
        }
      }
    }
    parties.add(o);
  }

  record SignatoryDraft(
      String name, @Nullable String title, @Nullable String onBehalfOf, @Nullable DocOrg org) {}

  void addSignatory(
      String name, @Nullable String title, @Nullable String onBehalfOf, @Nullable DocOrg org) {
    for (int i = 0; i < signatories.size(); i++) {
      SignatoryDraft s = signatories.get(i);
      if (s.name().equals(name)) {
        if (s.onBehalfOf() == null && onBehalfOf != null) {
          signatories.set(i, new SignatoryDraft(name, s.title(), onBehalfOf, s.org()));
        }
        return;
      }
    }
    signatories.add(new SignatoryDraft(name, title, onBehalfOf, org));
  }
}
