package org.kerangka.extract.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.Money;
import org.kerangka.extract.PartyKind;
import org.kerangka.extract.internal.dates.DateFinder;
import org.kerangka.extract.internal.dates.DateMention;
import org.kerangka.extract.internal.money.MoneyFinder;
import org.kerangka.extract.internal.money.MoneyMention;

/**
 * Walks the analysed sentences of one article in order and assembles agreement drafts: a sentence
 * that names an instrument, its parties and a signing (or a plan to sign) opens a draft; later
 * sentences that refer to it ("MoU tersebut", its parties, its signatories) add details.
 */
final class Assembler {
  private final DocAnalyzer doc;
  private final List<Sent> sents;
  private final @Nullable LocalDate published;
  private final @Nullable Integer textYear;
  private final List<Draft> drafts = new ArrayList<>();
  private @Nullable Draft focus;
  private boolean signingContext;
  private @Nullable LocalDate contextDate;
  private @Nullable String contextPlace;
  private @Nullable String contextEvent;
  private @Nullable DocOrg contextActor;

  Assembler(DocAnalyzer doc, List<Sent> sents, @Nullable LocalDate published) {
    this.doc = doc;
    this.sents = sents;
    this.published = published;
    List<DateMention> all = new ArrayList<>();
    for (Sent x : sents) {
      all.addAll(DateFinder.find(doc.s, x.start, x.end));
    }
    this.textYear = DateFinder.dominantYear(all);
  }

  List<Draft> run() {
    for (Sent x : sents) {
      if (x.headline) {
        continue;
      }
      step(x);
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.parties.size() < 2 || d.parties.stream().allMatch(p -> p.country == null)) {
        continue;
      }
      if (d.parties.stream().allMatch(p -> p.placeholder) && d.instrumentSpecificity < 2) {
        continue; // "AS dan Meksiko ... kesepakatan": countries and a generic word are not an
        // agreement
      }
      if (!d.signed && !d.planned) {
        if (!signingContext) {
          continue;
        }
        d.signed = true;
      }
      if (d.signed) {
        d.planned = false;
      }
      if (d.signedOn == null && d.signed && contextDate != null) {
        d.signedOn = contextDate;
      }
      if (d.place == null && d.signed) {
        d.place = contextPlace;
      }
      if (d.event == null) {
        d.event = contextEvent;
      }
      if (d.instrument == null) {
        d.instrument = Instrument.AGREEMENT;
      }
      String partner = soleForeignCountry();
      for (DocOrg p : d.parties) {
        if (p.country == null
            && partner != null
            && d.parties.stream().anyMatch(q -> "ID".equals(q.country))) {
          p.country = partner; // a bilateral article: the unknown company is the partner's
        }
      }
      out.add(d);
    }
    return out;
  }

  private static boolean pastVerb(Sent x) {
    for (Tok a : x.t) {
      switch (a.lower()) {
        case "signed", "inked", "ditandatangani", "diteken", "meneken", "menandatangani" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** The one foreign country the article names, if it names exactly one. */
  private @Nullable String soleForeignCountry() {
    String found = null;
    for (Sent x : sents) {
      for (int i = 0; i < x.t.size(); i++) {
        String iso = x.countryIso[i];
        boolean currency = i + 1 < x.t.size() && x.t.get(i + 1).is("$"); // "US$ 500 juta"
        if (iso != null && !iso.equals("ID") && !currency) {
          if (found != null && !found.equals(iso)) {
            return null;
          }
          found = iso;
        }
      }
    }
    return found;
  }

  private void step(Sent x) {
    if (x.termination) {
      return;
    }
    if (x.background) {
      return;
    }
    boolean planCue = plannedCue(x);
    if (x.strongSigning && !x.negated && !x.plannedSigning && (!planCue || pastVerb(x))) {
      // "signed ... on April 2, under which Vietnam will supply ...": the later "will" is not
      // about the signing
      signingContext = true;
      LocalDate d = firstDate(x);
      if (contextDate == null && d != null) {
        contextDate = d;
      }
      if (contextPlace == null) {
        contextPlace = place(x);
      }
      if (contextEvent == null) {
        contextEvent = event(x);
      }
    }
    if (contextEvent == null && x.index <= 2) {
      contextEvent = event(x);
    }

    List<OrgMention> partyMentions = partyMentions(x);
    List<DocOrg> named = new ArrayList<>();
    for (OrgMention m : partyMentions) {
      if (!named.contains(m.org())) {
        named.add(m.org());
      }
    }
    for (OrgMention m : partyMentions) {
      if (contextActor == null
          && x.strongSigning
          && !m.org().placeholder
          && x.personAt(m.first()) == null) {
        contextActor = m.org();
        break;
      }
    }
    List<Signer> signers = signers(x);
    List<DocOrg> titleOrgs = new ArrayList<>();
    for (Signer g : signers) {
      DocOrg o = g.represented != null ? g.represented.titleOrg() : g.mention.titleOrg();
      if (o != null && !titleOrgs.contains(o)) {
        titleOrgs.add(o);
      }
    }
    boolean hasInstrument = !x.instruments.isEmpty();
    boolean specificInstrument = false;
    for (Instrument k : x.instrumentKinds) {
      specificInstrument |= k != null;
    }

    Draft target = null;
    boolean created = false;
    if (focus != null && !x.enumeration && !x.has("sedangkan") && !x.has("meanwhile")) {
      boolean namedFit =
          named.isEmpty() || focus.parties.containsAll(named) || refines(focus, named);
      boolean back = refersBack(x);
      if (!namedFit && back && covering(named) == null) {
        // "The MoU was signed by BKPM deputy ...": a name of the same side (here the ministry's
        // other gazetteer name) does not make "the MoU" another agreement
        Draft f = focus;
        namedFit =
            named.stream()
                .allMatch(
                    o ->
                        o.country != null
                            && f.parties.stream()
                                .anyMatch(p -> o.country.equals(p.country) && !f.hasParty(o)));
        if (namedFit) {
          named = List.of();
        }
      }
      if (namedFit && back) {
        target = focus;
      } else if (named.isEmpty() && !titleOrgs.isEmpty() && titlesFit(focus, titleOrgs)) {
        target = focus;
      }
      if (target != null) {
        // "Indonesia and Vietnam signed ..." then "The memorandum was signed by Indonesian Trade
        // Minister ...": the ministries replace the countries
        for (DocOrg o : named.isEmpty() ? titleOrgs : named) {
          if (!o.placeholder
              && target.parties.stream()
                  .anyMatch(
                      p -> p.placeholder && p.country != null && p.country.equals(o.country))) {
            target.addParty(o);
          }
        }
      }
    }
    boolean canTrigger =
        !x.summary
            && !x.negated
            && (hasInstrument || x.strongSigning)
            && (x.strongSigning || planCue || x.enumeration || signingContext || x.extension);
    List<DocOrg> proposed =
        named.size() >= 1 ? named : titleOrgs.size() >= 2 ? titleOrgs : List.of();
    if (target == null && canTrigger && !proposed.isEmpty()) {
      List<DocOrg> all = new ArrayList<>(proposed);
      for (DocOrg o : titleOrgs) {
        if (!all.contains(o)) {
          all.add(o);
        }
      }
      Draft existing = covering(all);
      if (existing == null && all.size() > proposed.size()) {
        existing = covering(proposed);
      }
      if (existing != null
          && !(x.enumeration
              && specificInstrument
              && proposed.size() >= 2
              && !existing.parties.containsAll(proposed))) {
        target = existing;
      }
    }
    if (target == null
        && canTrigger
        && proposed.size() == 1
        && named.size() == 1
        && specificInstrument
        && (x.enumeration || counterpartSlot(x, partyMentions.get(0)))) {
      DocOrg anchor = anchor(proposed.get(0));
      if (anchor != null) {
        proposed = List.of(anchor, proposed.get(0));
      }
    }
    if (target == null && canTrigger && proposed.size() >= 2) {
      Draft existing = covering(proposed);
      if (existing != null) {
        target = existing;
      } else if (focus != null && refines(focus, proposed) && !x.enumeration) {
        target = focus;
        for (DocOrg o : proposed) {
          focus.addParty(o);
        }
      } else if (specificInstrument || x.strongSigning || planCue) {
        target = new Draft(x.index);
        for (DocOrg o : proposed) {
          target.addParty(o);
        }
        drafts.add(target);
        created = true;
      }
    }
    if (target == null) {
      List<DocOrg> mentioned = new ArrayList<>(named);
      for (DocOrg o : titleOrgs) {
        if (!mentioned.contains(o)) {
          mentioned.add(o);
        }
      }
      if (!mentioned.isEmpty()) {
        Draft d = covering(mentioned);
        if (d != null) {
          target = d;
        } else if (focus != null
            && refines(focus, mentioned)
            && (hasInstrument || x.anaphor || !signers.isEmpty() || planCue)) {
          target = focus;
          for (DocOrg o : mentioned) {
            if (!o.placeholder
                || focus.parties.stream()
                    .noneMatch(p -> o.country != null && o.country.equals(p.country))) {
              if (o.placeholder
                  || focus.parties.stream()
                      .anyMatch(
                          p -> p.placeholder && p.country != null && p.country.equals(o.country))) {
                focus.addParty(o);
              }
            }
          }
        }
      }
    }
    if (target == null && focus != null && named.isEmpty()) {
      target = focus; // continuation: "Nota kesepahaman itu berlaku selama 5 tahun ..."
    }
    if (target == null) {
      return;
    }
    focus = target;
    boolean each = x.has("masing-masing") || x.has("each") || x.has("both") && x.has("signings");
    List<Draft> targets = each && drafts.size() > 1 ? new ArrayList<>(drafts) : List.of(target);
    for (Draft d : targets) {
      apply(x, d, created && d == target, signers, planCue);
    }
  }

  private boolean plannedCue(Sent x) {
    for (Tok a : x.t) {
      if (Lexicon.PLANNED.contains(a.lower())) {
        if ((a.lower().equals("planned") || a.lower().equals("plan") || a.lower().equals("set"))
            && !x.plannedSigning) {
          continue; // "with a planned investment of"
        }
        return true;
      }
    }
    return x.plannedSigning;
  }

  /** "MoU tersebut", "Perjanjian itu", "The memorandum", "This agreement": the focus again. */
  private static boolean refersBack(Sent x) {
    for (int[] span : x.instruments) {
      for (int k = span[1] + 1; k < Math.min(x.t.size(), span[1] + 6); k++) {
        Tok a = x.t.get(k);
        if (a.is("tersebut") || a.is("itu") || a.is("ini")) {
          return true;
        }
        if (a.isPunct() || Lexicon.SIGN.contains(a.lower()) || a.is("antara") || a.is("dengan")) {
          break;
        }
      }
      int b = span[0] - 1;
      if (b >= 0 && (x.t.get(b).is("the") || x.t.get(b).is("this"))
          || b >= 1
              && (x.t.get(b - 1).is("the") || x.t.get(b - 1).is("this"))
              && !x.t.get(b).cap()) {
        return true;
      }
    }
    return false;
  }

  /** Title-implied orgs that are the focus's parties, or made-up ministries of its countries. */
  private static boolean titlesFit(Draft d, List<DocOrg> orgs) {
    boolean anyParty = false;
    for (DocOrg o : orgs) {
      if (d.hasParty(o)) {
        anyParty = true;
        continue;
      }
      boolean sameCountry = false;
      for (DocOrg p : d.parties) {
        sameCountry |= p.country != null && p.country.equals(o.country) && !orgs.contains(p);
      }
      if (!(o.synthetic && sameCountry)) {
        return false;
      }
    }
    return anyParty;
  }

  /** "nota kesepahaman dengan KRIBB": the named org is the other side of an implied actor. */
  private static boolean counterpartSlot(Sent x, OrgMention m) {
    for (int k = Math.max(0, m.first() - 3); k < m.first(); k++) {
      if (x.t.get(k).is("dengan") || x.t.get(k).is("with")) {
        return true;
      }
    }
    return false;
  }

  /** The org that acts in several agreements of the article (BRIN in three documents). */
  private @Nullable DocOrg anchor(DocOrg other) {
    DocOrg best = null;
    int bestCount = 0;
    for (Draft d : drafts) {
      for (DocOrg p : d.parties) {
        if (p == other || p.placeholder) {
          continue;
        }
        int c = 0;
        for (Draft e : drafts) {
          c += e.parties.contains(p) ? 1 : 0;
        }
        if (c > bestCount) {
          best = p;
          bestCount = c;
        }
      }
    }
    if (best == null && contextActor != null && contextActor != other) {
      best = contextActor;
    }
    if (best != null
        && best.country != null
        && best.country.equals(other.country)
        && !"ID".equals(other.country)) {
      return null;
    }
    return best;
  }

  /** The most recent draft whose parties include all of {@code orgs}. */
  private @Nullable Draft covering(List<DocOrg> orgs) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      boolean all = true;
      for (DocOrg o : orgs) {
        all &=
            d.hasParty(o)
                || o.placeholder
                    && d.parties.stream()
                        .anyMatch(p -> o.country != null && o.country.equals(p.country));
      }
      if (all) {
        return d;
      }
    }
    return null;
  }

  /** Orgs that only replace the draft's country placeholders, or add nothing new. */
  private static boolean refines(Draft d, List<DocOrg> orgs) {
    boolean placeholders = d.parties.stream().anyMatch(p -> p.placeholder);
    for (DocOrg o : orgs) {
      if (d.hasParty(o)) {
        continue;
      }
      boolean fits = false;
      for (DocOrg p : d.parties) {
        if (p.country != null && p.country.equals(o.country) && (p.placeholder || o.placeholder)) {
          fits = true;
        }
      }
      if (!fits) {
        return false;
      }
    }
    return placeholders || true;
  }

  // ------------------------------------------------------------------ parties and signers

  private List<OrgMention> partyMentions(Sent x) {
    List<OrgMention> out = new ArrayList<>();
    int witnessFrom = Integer.MAX_VALUE;
    for (int i = 0; i < x.t.size(); i++) {
      if (Lexicon.WITNESS.contains(x.t.get(i).lower())) {
        witnessFrom = i;
        break;
      }
    }
    OrgMention prev = null;
    for (OrgMention m : x.orgs) {
      if (m.first() > witnessFrom) {
        continue;
      }
      if (insidePerson(x, m)) {
        continue;
      }
      String before = m.first() > 0 ? x.t.get(m.first() - 1).lower() : "";
      String before2 = m.first() > 1 ? x.t.get(m.first() - 2).lower() : "";
      if (before.equals("di")
          || before.equals("in")
          || before.equals("at")
          || before.equals("ke")
          || before.equals("the") && (before2.equals("at") || before2.equals("in"))) {
        continue; // a venue: "di Kantor Kementerian ESDM", "at the National Convention Center"
      }
      if (inAppositive(x, m)) {
        continue; // "PT PLN Nusantara Power, a subsidiary of PT PLN (Persero), signed"
      }
      if (before.equals("melalui") || before.equals("through") || before.equals("via")) {
        if (prev != null) {
          prev.org().aliases.add(m.surface());
          continue;
        }
      }
      if (before.equals("of")
              && (before2.equals("subsidiary") || before2.equals("unit") || before2.equals("part"))
          || before2.equals("anak")
          || before.equals("milik")) {
        continue;
      }
      if (m.org().placeholder && x.strongSigning == false && !plannedCue(x)) {
        continue;
      }
      out.add(m);
      prev = m;
    }
    // bare countries as parties: "Indonesia dan Australia menandatangani", "Indonesia and Vietnam
    // signed"
    if (out.isEmpty() && x.strongSigning && !x.instruments.isEmpty()) {
      int verb = -1;
      for (int i = 0; i < x.t.size(); i++) {
        if (Lexicon.SIGN_STRONG.contains(x.t.get(i).lower())
            || Lexicon.PLANNED.contains(x.t.get(i).lower())) {
          verb = i;
          break;
        }
      }
      List<String> isos = new ArrayList<>();
      for (int i = 0; i < Math.max(0, verb); i++) {
        if (x.countryIso[i] != null && x.personAt(i) == null && !isos.contains(x.countryIso[i])) {
          int last = x.countryLast[i];
          boolean possessive =
              last + 1 < x.t.size() && (x.t.get(last + 1).is("'s") || x.t.get(last + 1).is("'"));
          boolean adjective =
              last + 1 < x.t.size()
                  && x.t.get(last + 1).isWord()
                  && !x.t.get(last + 1).cap()
                  && !x.t.get(last + 1).is("dan")
                  && !x.t.get(last + 1).is("and")
                  && !x.t.get(last + 1).is("on")
                  && !x.t.get(last + 1).is("signed")
                  && !Lexicon.SIGN.contains(x.t.get(last + 1).lower())
                  && !Lexicon.PLANNED.contains(x.t.get(last + 1).lower())
                  && !x.t.get(last + 1).is("masih")
                  && !x.t.get(last + 1).is("telah")
                  && !x.t.get(last + 1).is("resmi");
          if (!possessive && !adjective) {
            isos.add(x.countryIso[i]);
            String surface = x.text(doc.s, i, last);
            DocOrg o = doc.placeholder(x.countryIso[i], surface);
            out.add(new OrgMention(x.t.get(i).start(), x.t.get(last).end(), i, last, o, surface));
          }
        }
      }
      if (out.size() < 2) {
        out.clear();
      }
    }
    if (out.size() < 2
        && (x.strongSigning && !x.plannedSigning
            || !x.instruments.isEmpty() && signingContext && x.enumeration)) {
      slotOrgs(x, out);
    }
    if (out.size() == 1 && !x.instruments.isEmpty() && (x.strongSigning || plannedCue(x))) {
      // "Pemerintah Indonesia masih merundingkan perjanjian ... dengan Amerika Serikat"
      for (int i = 0; i + 1 < x.t.size(); i++) {
        if ((x.t.get(i).is("dengan") || x.t.get(i).is("with"))
            && x.countryIso[i + 1] != null
            && !x.countryIso[i + 1].equals(out.get(0).org().country)) {
          int last = x.countryLast[i + 1];
          boolean possessive =
              last + 1 < x.t.size() && (x.t.get(last + 1).is("'s") || x.t.get(last + 1).is("'"));
          if (!possessive && x.orgAt(i + 1) == null) {
            String surface = x.text(doc.s, i + 1, last);
            DocOrg o = doc.placeholder(x.countryIso[i + 1], surface);
            out.add(
                new OrgMention(
                    x.t.get(i + 1).start(), x.t.get(last).end(), i + 1, last, o, surface));
            break;
          }
        }
      }
    }
    return out;
  }

  /** Unknown names in party slots: "dengan distributor asal Uni Emirat Arab, Al Ghurair Foods". */
  private void slotOrgs(Sent x, List<OrgMention> out) {
    List<Tok> t = x.t;
    for (int i = 0; i < t.size(); i++) {
      Tok a = t.get(i);
      if (!(a.is("dengan")
          || a.is("with")
          || a.is("kepada")
          || a.is("antara")
          || a.is("between")
          || a.is("and")
          || a.is("dan")
          || a.is("'s")
          || i == 0 && a.cap())) {
        continue;
      }
      int k = i == 0 && a.cap() ? 0 : i + 1;
      String iso = null;
      int guard = 0;
      while (k < t.size() && guard++ < 8) {
        Tok b = t.get(k);
        if (x.countryIso[k] != null) {
          iso = x.countryIso[k];
          k = x.countryLast[k] + 1;
          continue;
        }
        if (b.is(",") || b.isWord() && !b.cap() && !b.is("and") && !b.is("dan")) {
          if (b.is("asal") || b.is("dari") || b.is("from") || b.is(",") || !b.cap()) {
            k++;
            continue;
          }
        }
        break;
      }
      if (k >= t.size()
          || !t.get(k).cap()
          || x.orgAt(k) != null
          || x.personAt(k) != null
          || x.countryIso[k] != null
          || x.title[k] != null
          || inInstrument(x, k)
          || Lexicon.DOMAIN.contains(t.get(k).lower())
          || Lexicon.SIGN.contains(t.get(k).lower())
          || Lexicon.ENUMERATION.contains(t.get(k).lower())) {
        continue;
      }
      if (DateWords.isWeekday(t.get(k).lower()) || DateWords.isMonth(t.get(k).lower())) {
        continue;
      }
      int e = k;
      while (e + 1 < t.size()
          && (t.get(e + 1).cap() || t.get(e + 1).is("&"))
          && x.orgAt(e + 1) == null
          && x.personAt(e + 1) == null
          && x.countryIso[e + 1] == null
          && x.title[e + 1] == null
          && !inInstrument(x, e + 1)
          && e - k < 5) {
        e++;
      }
      if (i == 0 && k == 0) {
        // a sentence-initial name is a party only as the subject of a signing: "Sonatrach signed"
        boolean subject =
            e + 1 < t.size()
                && (Lexicon.SIGN_STRONG.contains(t.get(e + 1).lower())
                    || (t.get(e + 1).is("and") || t.get(e + 1).is("dan"))
                        && e + 2 < t.size()
                        && x.orgAt(e + 2) != null);
        if (!subject) {
          continue;
        }
      }
      boolean endsOk =
          e + 1 >= t.size()
              || t.get(e + 1).is(",")
              || t.get(e + 1).is(".")
              || Lexicon.SIGN.contains(t.get(e + 1).lower())
              || t.get(e + 1).is("dan")
              || t.get(e + 1).is("and")
              || t.get(e + 1).is("senilai")
              || t.get(e + 1).is("signed")
              || t.get(e + 1).is("untuk")
              || t.get(e + 1).is("for")
              || t.get(e + 1).is("meneken")
              || t.get(e + 1).is("menandatangani");
      if (!endsOk || t.get(k).acronym() && e == k && t.get(k).text().length() <= 2) {
        continue;
      }
      if (k == 0
          && (Lexicon.ENUMERATION.contains(t.get(k).lower()) || t.get(k).lower().equals("di"))) {
        continue;
      }
      String surface = x.text(doc.s, k, e);
      if (surface.length() < 3 || Lexicon.DOMAIN.contains(surface.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean dup = false;
      for (OrgMention m : out) {
        dup |= m.first() <= k && k <= m.last();
      }
      if (dup) {
        continue;
      }
      DocOrg o = doc.knownOrg(surface);
      for (int j = k; j <= e && o == null; j++) {
        if (x.gazOrg[j] != null && !x.gazOrg[j].viaTitle() && x.gazOrgLast[j] <= e) {
          o = doc.resolveGazetteer(x.gazOrg[j].organisation()); // "Saudi Aramco" is Aramco
          o.aliases.add(surface);
        }
      }
      if (o == null
          && iso == null
          && !companyDescriptorBefore(t, i, k)
          && doc.countryAround(x, k, e) == null) {
        continue; // an unknown capitalised name needs "perusahaan asal X," or "Algeria's ...
        // company"
      }
      if (o == null) {
        String c = iso != null ? iso : doc.countryAround(x, k, e);
        o = new DocOrg(surface, c, PartyKind.COMPANY, null);
        o.aliases.add(surface);
        doc.orgs.add(o);
      }
      out.add(new OrgMention(t.get(k).start(), t.get(e).end(), k, e, o, surface));
      i = e;
    }
    out.sort((p, q) -> Integer.compare(p.first(), q.first()));
  }

  private static final Set<String> COMPANY_WORDS =
      Lexicon.set(
          "perusahaan",
          "distributor",
          "importir",
          "eksportir",
          "peritel",
          "produsen",
          "pemasok",
          "investor",
          "konsorsium",
          "company",
          "firm",
          "group",
          "maker",
          "producer",
          "trader",
          "retailer",
          "importer",
          "exporter",
          "supplier",
          "developer",
          "utility",
          "giant",
          "startup",
          "generator",
          "grup",
          "korporasi",
          "raksasa",
          "bank",
          "lender",
          "insurer");

  private static boolean companyDescriptorBefore(List<Tok> t, int from, int k) {
    for (int j = Math.max(0, from); j < k; j++) {
      if (COMPANY_WORDS.contains(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inAppositive(Sent x, OrgMention m) {
    for (int k = m.first() - 1; k >= Math.max(0, m.first() - 8); k--) {
      Tok a = x.t.get(k);
      if (a.is(",")) {
        for (int j = k + 1; j < m.first(); j++) {
          String w = x.t.get(j).lower();
          if (w.equals("subsidiary")
              || w.equals("unit")
              || w.equals("arm")
              || w.equals("anak")
              || w.equals("parent")
              || w.equals("induk")
              || w.equals("bagian")
              || w.equals("member")) {
            return true;
          }
        }
        return false;
      }
      if (x.orgAt(k) != null && x.orgAt(k) != m) {
        return false;
      }
    }
    return false;
  }

  private static boolean inInstrument(Sent x, int k) {
    for (int[] span : x.instruments) {
      if (span[0] <= k && k <= span[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean insidePerson(Sent x, OrgMention m) {
    for (PersonMention p : x.persons) {
      if (p.first() <= m.first() && m.last() <= p.last()) {
        return true;
      }
    }
    return false;
  }

  private record Signer(PersonMention mention, @Nullable PersonMention represented) {}

  private @Nullable PersonMention nameBeforeComma(Sent x, int behalf) {
    List<Tok> t = x.t;
    int b = behalf - 2; // "on" at behalf - 1
    if (b < 1 || !t.get(b).is(",")) {
      return null;
    }
    int last = b - 1;
    int first = last;
    while (first - 1 >= 0
        && t.get(first - 1).cap()
        && !Lexicon.domainWord(t.get(first - 1))
        && x.orgAt(first - 1) == null
        && x.countryIso[first - 1] == null
        && last - first < 3) {
      first--;
    }
    if (last - first < 1
        || !t.get(first).cap()
        || x.orgAt(first) != null
        || x.countryIso[first] != null
        || Lexicon.domainWord(t.get(first))
        || x.personAt(first) != null) {
      return null;
    }
    Person p = doc.personNamed(x.text(doc.s, first, last));
    return new PersonMention(first, last, first, p, p.title, p.org, "OFFICIAL");
  }

  private List<Signer> signers(Sent x) {
    List<Signer> out = new ArrayList<>();
    boolean cue =
        x.strongSigning
            || x.has("diwakili")
            || x.has("mewakili")
            || x.has("represented")
            || x.has("behalf");
    if (!cue || x.persons.isEmpty()) {
      return out;
    }
    int witnessFrom = Integer.MAX_VALUE;
    for (int i = 0; i < x.t.size(); i++) {
      if (Lexicon.WITNESS.contains(x.t.get(i).lower())) {
        witnessFrom = i;
        break;
      }
    }
    Set<PersonMention> represented = new LinkedHashSet<>();
    List<PersonMention[]> pairs = new ArrayList<>(); // {signer, represented}
    for (int i = 0; i < x.t.size(); i++) {
      String w = x.t.get(i).lower();
      boolean passive = w.equals("diwakili") || w.equals("represented");
      boolean active =
          w.equals("mewakili")
              || w.equals("behalf") && i > 0 && x.t.get(i - 1).is("on")
              || w.equals("nama") && i > 0 && x.t.get(i - 1).is("atas");
      if (!passive && !active) {
        continue;
      }
      PersonMention before = null;
      for (PersonMention p : x.persons) {
        if (p.last() < i && i - p.last() <= 5) {
          before = p;
        }
      }
      PersonMention after = null;
      for (PersonMention p : x.persons) {
        if (p.first() > i && p.first() - i <= 5) {
          after = p;
          break;
        }
      }
      if (active && before == null && after != null) {
        // "... deputy for investment promotion Nurul Ichwan, on behalf of ...": a name without
        // a known title right before the comma still signs
        before = nameBeforeComma(x, i);
        if (before != null) {
          x.persons.add(before);
          x.persons.sort((p, q) -> Integer.compare(p.first(), q.first()));
        }
      }
      if (passive && before != null && after != null) {
        pairs.add(new PersonMention[] {after, before});
        represented.add(before);
      } else if (active && before != null && after != null) {
        pairs.add(new PersonMention[] {before, after});
        represented.add(after);
      }
    }
    for (PersonMention p : x.persons) {
      if (represented.contains(p) || p.first() > witnessFrom || "WITNESS_ONLY".equals(p.rank())) {
        continue;
      }
      if (p.last() + 1 < x.t.size()
          && (x.t.get(p.last() + 1).is("menyaksikan")
              || x.t.get(p.last() + 1).is("yang")
                  && p.last() + 2 < x.t.size()
                  && x.t.get(p.last() + 2).is("menyaksikan"))) {
        continue;
      }
      String prev = p.first() > 0 ? x.t.get(p.first() - 1).lower() : "";
      if (prev.equals("kata")
          || prev.equals("ujar")
          || prev.equals("menurut")
          || prev.equals("said")
          || prev.equals("ucap")) {
        continue;
      }
      if (p.person() == null && p.nameFirst() < 0) {
        continue;
      }
      PersonMention rep = null;
      for (PersonMention[] pr : pairs) {
        if (pr[0] == p) {
          rep = pr[1];
        }
      }
      out.add(new Signer(p, rep));
    }
    return out;
  }

  // ------------------------------------------------------------------ applying a sentence

  private void apply(Sent x, Draft d, boolean trigger, List<Signer> signers, boolean planCue) {
    d.sentences.add(x.index);
    d.evidence(x.start, x.end, trigger ? "agreement" : "details");
    // instrument
    for (int i = 0; i < x.instruments.size(); i++) {
      Instrument k = x.instrumentKinds.get(i);
      if (k == null) {
        continue;
      }
      int[] span = x.instruments.get(i);
      int spec = Lexicon.specificity(k, x.t.get(span[0]).lower());
      if (x.extension
          && (k == Instrument.MOU || k == Instrument.AGREEMENT)
          && extensionOf(x, span)) {
        k = Instrument.AMENDMENT;
        spec = 4;
      }
      if (k == Instrument.AMENDMENT) {
        spec = 4;
      }
      if (spec > d.instrumentSpecificity) {
        d.instrument = k;
        d.instrumentSpecificity = spec;
      }
    }
    // status
    if (x.strongSigning && !x.negated && !x.plannedSigning && !planCue) {
      d.signed = true;
    } else if (planCue && (trigger || x.strongSigning || !x.instruments.isEmpty())) {
      d.planned = true;
    }
    // signatories
    if (x.strongSigning || !signers.isEmpty()) {
      for (Signer g : signers) {
        PersonMention p = g.mention;
        String name = p.person() != null ? p.person().name : null;
        if (name == null) {
          continue;
        }
        String title = p.person().title != null ? p.person().title : p.title();
        String behalf = null;
        if (g.represented != null) {
          behalf =
              g.represented.person() != null ? g.represented.person().name : g.represented.title();
        }
        d.addSignatory(name, title, behalf, p.titleOrg());
        d.evidence(x.start, x.end, "signatories");
      }
    }
    // date
    if (x.strongSigning || trigger) {
      for (DateMention m : DateFinder.find(doc.s, x.start, x.end)) {
        LocalDate date = DateFinder.resolve(m, published, textYear);
        if (date == null) {
          continue;
        }
        int rank = trigger ? 3 : x.strongSigning ? 2 : 1;
        if (rank > d.dateRank) {
          d.signedOn = date;
          d.dateRank = rank;
          d.evidence(m.start(), m.end(), "signed_on");
        }
        break;
      }
    }
    if (d.place == null && x.strongSigning) {
      d.place = place(x); // a list item without a signing verb names no venue ("... di Karawang")
    }
    if (d.event == null && (x.strongSigning || trigger)) {
      d.event = event(x);
    }
    // term: only where the sentence speaks of the agreement ("MoU itu berlaku ...", "It will
    // remain")
    boolean aboutIt = trigger || mentionsAgreement(x);
    if (aboutIt) {
      Term.find(x, d);
    }
    // areas and activities
    Lists.apply(doc.s, x, d, trigger);
    // value
    if (d.value == null) {
      List<MoneyMention> money = MoneyFinder.find(doc.s, x.start, x.end);
      boolean adjacent = x.index == d.trigger + 1;
      if (!money.isEmpty()
          && (aboutIt || adjacent)
          && valueBelongs(x, trigger, money.get(0).start())) {
        MoneyMention m = money.get(0);
        d.value = new Money(m.amount(), m.currency());
        d.evidence(m.start(), m.end(), "value");
      }
    }
  }

  /** The sentence names an instrument, or refers to "kerja sama ini", "yang disepakati", "It". */
  private static boolean mentionsAgreement(Sent x) {
    if (!x.instruments.isEmpty()) {
      return true;
    }
    List<Tok> t = x.t;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      if (w.equals("disepakati") || w.equals("arrangement") || w.equals("swap")) {
        return true;
      }
      if (w.equals("sama")
          && i > 0
          && t.get(i - 1).is("kerja")
          && i + 1 < t.size()
          && (t.get(i + 1).is("ini") || t.get(i + 1).is("tersebut") || t.get(i + 1).is("itu"))) {
        return true;
      }
    }
    return !t.isEmpty() && (t.get(0).is("it") || t.get(0).is("this"));
  }

  private static boolean extensionOf(Sent x, int[] span) {
    for (int k = Math.max(0, span[0] - 4); k < span[0]; k++) {
      String w = x.t.get(k).lower();
      if (w.equals("memperpanjang")
          || w.equals("extend")
          || w.equals("perpanjangan")
          || w.equals("renew")
          || w.equals("amend")) {
        return true;
      }
    }
    for (int k = span[1] + 1; k < Math.min(x.t.size(), span[1] + 4); k++) {
      String w = x.t.get(k).lower();
      if (w.equals("to")
          && k + 1 < x.t.size()
          && (x.t.get(k + 1).is("extend") || x.t.get(k + 1).is("renew"))) {
        return true;
      }
      if (w.equals("perpanjangan")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MACRO =
      Lexicon.set(
          "total",
          "transaksi",
          "forum",
          "pameran",
          "expo",
          "fair",
          "apbn",
          "pdb",
          "gdp",
          "realisasi",
          "defisit",
          "belanja",
          "perdagangan",
          "trade",
          "transactions",
          "menargetkan",
          "target",
          "exceed",
          "keikutsertaan",
          "tercatat",
          "capai",
          "organizers",
          "panitia");

  /**
   * The amount is the agreement's: a value word ("senilai", "investment of") right before it, with
   * no macro figure word ("total", "forum") around it, settles it; otherwise a macro figure word
   * anywhere in the sentence ("total transaksi", "the forum") rules it out, and the signing
   * sentence or a value word elsewhere admits it.
   */
  private static boolean valueBelongs(Sent x, boolean trigger, int moneyStart) {
    int at = 0;
    while (at < x.t.size() && x.t.get(at).start() < moneyStart) {
      at++;
    }
    boolean macroNear = false;
    for (int k = Math.max(0, at - 8); k < Math.min(x.t.size(), at + 4); k++) {
      macroNear |= MACRO.contains(x.t.get(k).lower());
    }
    for (int k = Math.max(0, at - 4); k < at && !macroNear; k++) {
      String w = x.t.get(k).lower();
      if (VALUE_WORDS.contains(w) && !w.equals("deal") && !w.equals("arrangement")) {
        return true;
      }
    }
    for (Tok a : x.t) {
      if (MACRO.contains(a.lower())) {
        if (a.lower().equals("total") && x.has("investasi") && x.has("tersebut")) {
          continue;
        }
        return false;
      }
    }
    if (trigger) {
      return true;
    }
    for (Tok a : x.t) {
      if (VALUE_WORDS.contains(a.lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> VALUE_WORDS =
      Lexicon.set(
          "senilai",
          "nilai",
          "worth",
          "budgeted",
          "investasi",
          "investment",
          "plafon",
          "pendanaan",
          "komitmen",
          "commitment",
          "grant",
          "hibah",
          "valued",
          "sebesar",
          "arrangement",
          "deal",
          "kontrak",
          "contract",
          "swap");

  private @Nullable LocalDate firstDate(Sent x) {
    for (DateMention m : DateFinder.find(doc.s, x.start, x.end)) {
      LocalDate d = DateFinder.resolve(m, published, textYear);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ place and event

  private static final Set<String> PLACE_HEADS =
      Lexicon.set(
          "gedung",
          "istana",
          "kantor",
          "paviliun",
          "kompleks",
          "hotel",
          "balai",
          "wisma",
          "graha",
          "aula",
          "ruang",
          "menara",
          "pavilion",
          "convention",
          "centre",
          "center");

  private static final Set<String> EVENT_HEADS =
      Lexicon.set(
          "ktt",
          "konferensi",
          "forum",
          "dialog",
          "sidang",
          "pertemuan",
          "pameran",
          "expo",
          "messe",
          "summit",
          "conference",
          "week",
          "fair",
          "festival",
          "kunjungan",
          "cop28",
          "g20",
          "apec");

  private @Nullable String place(Sent x) {
    List<Tok> t = x.t;
    // prefer the place right after the signing verb: "menandatangani ... di Beirut"
    int verb = 0;
    for (int i = 0; i < t.size(); i++) {
      if (Lexicon.SIGN_STRONG.contains(t.get(i).lower())) {
        verb = i;
        break;
      }
    }
    String after = place(x, verb);
    return after != null ? after : place(x, 0);
  }

  private @Nullable String place(Sent x, int from) {
    List<Tok> t = x.t;
    for (int i = from; i + 1 < t.size(); i++) {
      if (i > from && purposeMarker(t, i)) {
        return null; // "... to study a refinery in East Java": a location of the subject
      }
      String w = t.get(i).lower();
      if (!(w.equals("di") || w.equals("in") || w.equals("at"))) {
        continue;
      }
      int k = i + 1;
      if (k < t.size() && t.get(k).is("the")) {
        k++;
      }
      if (k >= t.size()
          || !t.get(k).cap()
          || EVENT_HEADS.contains(t.get(k).lower())
          || DateWords.isWeekday(t.get(k).lower())
          || DateWords.isMonth(t.get(k).lower())) {
        continue;
      }
      if (x.orgAt(k) != null && !PLACE_HEADS.contains(t.get(k).lower())) {
        continue;
      }
      int e = k;
      while (e + 1 < t.size()) {
        Tok b = t.get(e + 1);
        if (b.cap() && !DateWords.isWeekday(b.lower())
            || b.initial()
            || b.is("(")
            || b.is(")")
            || b.acronym()) {
          e++;
          continue;
        }
        if (b.is(",")
            && e + 2 < t.size()
            && t.get(e + 2).cap()
            && !DateWords.isWeekday(t.get(e + 2).lower())
            && !EVENT_HEADS.contains(t.get(e + 2).lower())) {
          e++;
          continue;
        }
        break;
      }
      boolean eventish = false;
      for (int j = k; j <= e; j++) {
        eventish |= EVENT_HEADS.contains(t.get(j).lower());
      }
      if (eventish) {
        continue;
      }
      if (x.countryIso[k] != null && x.countryLast[k] >= e) {
        continue; // "di Indonesia" says nothing about the venue
      }
      String p = x.text(doc.s, k, e).strip();
      while (p.endsWith(",") || p.endsWith("(")) {
        p = p.substring(0, p.length() - 1).strip();
      }
      if (!p.isEmpty() && p.length() < 90) {
        return p;
      }
    }
    return null;
  }

  private static boolean purposeMarker(List<Tok> t, int i) {
    Tok a = t.get(i);
    return a.is("to")
        && i + 1 < t.size()
        && t.get(i + 1).isWord()
        && !t.get(i + 1).cap()
        && !t.get(i + 1).is("the");
  }

  private @Nullable String event(Sent x) {
    List<Tok> t = x.t;
    for (int i = 0; i < t.size(); i++) {
      if (!EVENT_HEADS.contains(t.get(i).lower()) || !(t.get(i).cap() || t.get(i).acronym())) {
        continue;
      }
      if (t.get(i).is("kunjungan") && !(i + 1 < t.size() && t.get(i + 1).is("kenegaraan"))) {
        continue;
      }
      int b = i;
      while (b - 1 >= 0
          && (t.get(b - 1).cap()
              || t.get(b - 1).kind() == Tok.NUMBER
                  && t.get(b - 1).lower().matches("\\d+(st|nd|rd|th)")
              || t.get(b - 1).is("-"))
          && !DateWords.isWeekday(t.get(b - 1).lower())) {
        b--;
      }
      if (b - 1 >= 0
          && (t.get(b - 1).lower().equals("sixth")
              || t.get(b - 1).lower().equals("second")
              || t.get(b - 1).lower().equals("10th"))) {
        b--;
      }
      int e = i;
      while (e + 1 < t.size()) {
        Tok a = t.get(e + 1);
        if (a.cap() && !DateWords.isWeekday(a.lower()) && !DateWords.isMonth(a.lower())
            || a.acronym()
            || a.is("-")
            || a.kind() == Tok.NUMBER && a.text().length() == 4
            || a.lower().startsWith("ke-")
            || a.is("kenegaraan")) {
          e++;
          continue;
        }
        if (a.is("(")) {
          int c = DocAnalyzer.closeParen(t, e + 1, 8);
          if (c > 0) {
            e = c;
            continue;
          }
        }
        break;
      }
      String ev = x.text(doc.s, b, e).strip();
      if (ev.length() > 2 && ev.length() < 120) {
        return ev;
      }
    }
    return null;
  }
}
