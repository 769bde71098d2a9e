package org.kerangka.app.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementActivityForm;
import org.kerangka.app.agreement.AgreementArea;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSignatory;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.kerangka.app.audit.AuditActor;
import org.kerangka.app.audit.AuditTrail;
import org.kerangka.app.capture.DocumentsIngested;
import org.kerangka.app.capture.MinHash;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: groups mentions into candidate agreements, shows them with their evidence, and
 * records the reviewer's decisions (accept as new, merge into an existing agreement, reject), each
 * as its own row. Mentions covered by a decision are never asked again; later reports of a decided
 * group join it (attached as a source when it was accepted or merged).
 */
@Service
public class ReviewService {
  static final String AUTOMATIC = "kerangka (automatic)";

  private final JdbcClient jdbc;
  private final AgreementService agreements;
  private final RegistryWriter registry;
  private final AuditTrail trail;

  ReviewService(
      JdbcClient jdbc, AgreementService agreements, RegistryWriter registry, AuditTrail trail) {
    this.trail = trail;
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.registry = registry;
  }

  /** A stored mention with what grouping and review need of its document. */
  private record MentionRow(
      long id,
      long documentId,
      String json,
      @Nullable Long groupId,
      boolean decided,
      @Nullable LocalDate published,
      String minhash) {}

  private record GroupRow(long id, String status, @Nullable Long agreementId) {}

  @EventListener
  void onIngested(DocumentsIngested event) {
    regroup();
  }

  /**
   * Groups all mentions again (blocking and sorted windows, n log n) and reconciles the groups with
   * what was stored and decided before.
   */
  @Transactional
  public GroupingSummary regroup() {
    // Group membership (capture_group, capture_mention.group_id, registry_match_id) is derived:
    // recomputed from the stored documents, which are audited when stored, so it records no
    // event of its own. What changes the registry here (a report attached to an accepted group)
    // is audited in attach().
    List<MentionRow> rows =
        jdbc.sql(
                "select m.id, m.document_id, m.record_json, m.group_id, m.decided, d.published_on,"
                    + " d.minhash from capture_mention m join capture_document d"
                    + " on d.id = m.document_id order by m.id")
            .query(
                (rs, n) ->
                    new MentionRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getBoolean(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
            .list();
    Map<Long, GroupRow> groups = new HashMap<>();
    jdbc.sql("select id, status, agreement_id from capture_group")
        .query(
            (rs, n) ->
                groups.put(
                    rs.getLong(1),
                    new GroupRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class))))
        .list();
    Map<Long, MentionRow> byId = new HashMap<>();
    Map<Long, MentionFacts> facts = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>(rows.size());
    for (MentionRow row : rows) {
      byId.put(row.id(), row);
      MentionFacts f = MentionFacts.parse(row.json());
      facts.put(row.id(), f);
      candidates.add(
          Candidate.of(
              row.id(), row.documentId(), f, row.published(), MinHash.decode(row.minhash())));
    }
    int attached = 0;
    int joinedRejected = 0;
    Timestamp now = Timestamp.from(Instant.now());
    for (List<Candidate> cluster : Grouper.group(candidates)) {
      List<MentionRow> members = cluster.stream().map(c -> byId.get(c.mentionId())).toList();
      Optional<GroupRow> decided =
          members.stream()
              .map(MentionRow::groupId)
              .filter(Objects::nonNull)
              .map(groups::get)
              .filter(g -> g != null && !g.status().equals("OPEN"))
              .min(Comparator.comparingLong(GroupRow::id));
      if (decided.isPresent()) {
        GroupRow target = decided.get();
        for (MentionRow m : members) {
          if (m.decided() || Objects.equals(m.groupId(), target.id())) {
            continue;
          }
          jdbc.sql("update capture_mention set group_id = :g, decided = true where id = :id")
              .param("g", target.id())
              .param("id", m.id())
              .update();
          if (target.agreementId() != null) {
            attach(target, m, facts.get(m.id()), now);
            attached++;
          } else {
            joinedRejected++;
          }
        }
        continue;
      }
      Long target =
          members.stream()
              .map(MentionRow::groupId)
              .filter(Objects::nonNull)
              .filter(g -> groups.containsKey(g) && groups.get(g).status().equals("OPEN"))
              .min(Long::compare)
              .orElse(null);
      boolean changed = false;
      if (target == null) {
        target = newGroup(now);
        groups.put(target, new GroupRow(target, "OPEN", null));
        changed = true;
      }
      for (MentionRow m : members) {
        if (!m.decided() && !target.equals(m.groupId())) {
          jdbc.sql("update capture_mention set group_id = :g where id = :id")
              .param("g", target)
              .param("id", m.id())
              .update();
          changed = true;
        }
      }
      if (changed) {
        Long match = registryMatch(members.stream().map(m -> facts.get(m.id())).toList());
        jdbc.sql("update capture_group set registry_match_id = :m where id = :g")
            .param("m", match)
            .param("g", target)
            .update();
      }
    }
    jdbc.sql(
            "delete from capture_group where status = 'OPEN' and not exists"
                + " (select 1 from capture_mention m where m.group_id = capture_group.id)")
        .update();
    int open =
        jdbc.sql("select count(*) from capture_group where status = 'OPEN'")
            .query(Integer.class)
            .single();
    int matching =
        jdbc.sql(
                "select count(*) from capture_group where status = 'OPEN'"
                    + " and registry_match_id is not null")
            .query(Integer.class)
            .single();
    return new GroupingSummary(rows.size(), open, matching, attached, joinedRejected);
  }

  private long newGroup(Timestamp now) {
    jdbc.sql("insert into capture_group (status, created_at) values ('OPEN', :now)")
        .param("now", now)
        .update();
    return jdbc.sql("select max(id) from capture_group").query(Long.class).single();
  }

  /**
   * An agreement in the registry with the same instrument, the same parties (by any of their names)
   * and a signing day within the window, if there is one.
   */
  private @Nullable Long registryMatch(List<MentionFacts> members) {
    MentionFacts first = members.get(0);
    List<Long> organisations = new ArrayList<>();
    for (MentionFacts.PartyFact party : first.parties()) {
      Optional<Organisation> known = registry.known(party);
      if (known.isEmpty() || known.get().id() == null) {
        return null;
      }
      organisations.add(known.get().id());
    }
    if (organisations.isEmpty()) {
      return null;
    }
    LocalDate day =
        members.stream()
            .map(MentionFacts::signedOn)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    String instrument = first.instrument();
    List<Long> ids =
        jdbc.sql(
                "select a.id from agreement a where a.instrument = :instrument and (select"
                    + " count(distinct p.organisation_id) from agreement_party p where"
                    + " p.agreement_id = a.id and p.organisation_id in (:orgs)) = :n"
                    + (day == null
                        ? ""
                        : " and (a.signed_on is null or (a.signed_on >= :from and a.signed_on <= :to))")
                    + " order by a.id")
            .param("instrument", instrument)
            .param("orgs", organisations.stream().distinct().toList())
            .param("n", organisations.stream().distinct().count())
            .param("from", day == null ? LocalDate.MIN : day.minusDays(Grouper.DATE_WINDOW_DAYS))
            .param("to", day == null ? LocalDate.MAX : day.plusDays(Grouper.DATE_WINDOW_DAYS))
            .query(Long.class)
            .list();
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** A later report of an accepted or merged agreement: one more source, with its provenance. */
  private void attach(GroupRow group, MentionRow mention, MentionFacts facts, Timestamp now) {
    Long agreementId = Objects.requireNonNull(group.agreementId());
    Agreement agreement = agreements.require(agreementId);
    addSource(agreement, mention.documentId());
    agreements.save(agreement);
    Source source = source(mention.id(), mention.documentId(), facts);
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (Field field : Field.values()) {
      String value = value(field, facts);
      if (value != null) {
        rows.add(provenance(agreementId, field, source, value, false));
      }
    }
    auditProvenance(agreementId, rows);
    decision(group.id(), "ATTACH", AUTOMATIC, null, agreementId, now);
  }

  // ---------------------------------------------------------------- queue and view

  /** A row of the queue. */
  record QueueRow(
      long id,
      String status,
      String summary,
      int sources,
      boolean disagreement,
      @Nullable Long registryMatchId,
      @Nullable Long agreementId) {}

  /** Groups in the given status (OPEN by default), oldest first. */
  @Transactional(readOnly = true)
  public List<QueueRow> queue(String status) {
    List<GroupRow> groups =
        jdbc.sql("select id, status, agreement_id from capture_group where status = :s order by id")
            .param("s", status)
            .query(
                (rs, n) ->
                    new GroupRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
            .list();
    List<QueueRow> rows = new ArrayList<>();
    for (GroupRow g : groups) {
      GroupView view = view(g.id(), false);
      rows.add(
          new QueueRow(
              g.id(),
              g.status(),
              view.summary(),
              view.sources().size(),
              view.fields().stream().anyMatch(GroupView.FieldView::disagreement),
              view.registryMatchId(),
              view.agreementId()));
    }
    return rows;
  }

  /** The number of groups waiting for review. */
  public int openCount() {
    return jdbc.sql("select count(*) from capture_group where status = 'OPEN'")
        .query(Integer.class)
        .single();
  }

  /** A source as the view builds it: the mention, its facts and the document. */
  private record Source(
      long mentionId,
      long documentId,
      MentionFacts facts,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String url,
      @Nullable LocalDate published,
      @Nullable String lang,
      String body,
      boolean decided) {

    String label() {
      if (outlet != null) {
        return outlet;
      }
      return title != null ? title : "#" + documentId;
    }
  }

  private List<Source> sources(long groupId) {
    return jdbc.sql(
            "select m.id, m.document_id, m.record_json, d.outlet, d.title, d.url, d.published_on,"
                + " d.lang, d.body, m.decided from capture_mention m join capture_document d"
                + " on d.id = m.document_id where m.group_id = :g order by m.id")
        .param("g", groupId)
        .query(
            (rs, n) ->
                new Source(
                    rs.getLong(1),
                    rs.getLong(2),
                    MentionFacts.parse(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getBoolean(10)))
        .list();
  }

  private Source source(long mentionId, long documentId, MentionFacts facts) {
    return jdbc.sql(
            "select outlet, title, url, published_on, lang, body from capture_document"
                + " where id = :id")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new Source(
                    mentionId,
                    documentId,
                    facts,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    true))
        .single();
  }

  @Transactional(readOnly = true)
  public GroupView view(long groupId) {
    return view(groupId, true);
  }

  private GroupView view(long groupId, boolean withText) {
    GroupRow group =
        jdbc.sql("select id, status, agreement_id from capture_group where id = :id")
            .param("id", groupId)
            .query(
                (rs, n) ->
                    new GroupRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("candidate group", groupId));
    Long match =
        jdbc.sql("select registry_match_id from capture_group where id = :id")
            .param("id", groupId)
            .query((rs, n) -> rs.getObject(1, Long.class))
            .optional()
            .orElse(null);
    String matchTitle =
        match == null ? null : agreements.find(match).map(Agreement::displayTitle).orElse(null);
    List<Source> sources = sources(groupId);
    List<GroupView.FieldView> fields = fields(sources);
    List<GroupView.SourceView> sourceViews =
        sources.stream()
            .map(
                s ->
                    new GroupView.SourceView(
                        s.mentionId(),
                        s.documentId(),
                        s.outlet(),
                        s.title(),
                        s.url(),
                        s.published(),
                        s.lang(),
                        s.decided(),
                        withText ? segments(s) : List.of()))
            .toList();
    List<GroupView.DecisionView> decisions =
        jdbc.sql(
                "select decision, reviewer, decided_at, reason, agreement_id from review_decision"
                    + " where group_id = :g order by id")
            .param("g", groupId)
            .query(
                (rs, n) ->
                    new GroupView.DecisionView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getObject(5, Long.class)))
            .list();
    return new GroupView(
        group.id(),
        group.status(),
        group.agreementId(),
        match,
        matchTitle,
        summary(fields),
        sourceViews,
        fields,
        decisions);
  }

  private static String summary(List<GroupView.FieldView> fields) {
    String instrument = first(fields, Field.INSTRUMENT);
    String parties = first(fields, Field.PARTIES);
    String signed = first(fields, Field.SIGNED_ON);
    return (instrument == null ? "?" : instrument)
        + " · "
        + (parties == null ? "?" : parties)
        + (signed == null ? "" : " · " + signed);
  }

  private static @Nullable String first(List<GroupView.FieldView> fields, Field field) {
    return fields.stream()
        .filter(f -> f.code().equals(field.code()))
        .findFirst()
        .filter(f -> !f.options().isEmpty())
        .map(f -> f.options().get(0).value())
        .orElse(null);
  }

  private static List<GroupView.FieldView> fields(List<Source> sources) {
    List<GroupView.FieldView> fields = new ArrayList<>();
    for (Field field : Field.values()) {
      Map<String, List<GroupView.Support>> byKey = new LinkedHashMap<>();
      Map<String, String> display = new HashMap<>();
      for (Source s : sources) {
        String value = value(field, s.facts());
        if (value == null) {
          continue;
        }
        String key = key(field, s.facts(), value);
        display.putIfAbsent(key, value);
        MentionFacts.Span span = evidence(field, s.facts());
        String quote = null;
        if (span != null && span.end() <= s.body().length()) {
          quote = s.body().substring(span.start(), span.end()).strip();
        }
        byKey
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(
                new GroupView.Support(
                    s.mentionId(),
                    s.documentId(),
                    s.label(),
                    span == null ? null : span.start(),
                    span == null ? null : span.end(),
                    quote));
      }
      List<Map.Entry<String, List<GroupView.Support>>> entries = new ArrayList<>(byKey.entrySet());
      entries.sort(Comparator.comparingInt(e -> -e.getValue().size()));
      List<GroupView.Option> options = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        options.add(
            new GroupView.Option(
                i, display.get(entries.get(i).getKey()), entries.get(i).getValue()));
      }
      fields.add(new GroupView.FieldView(field.code(), field.mergeable(), options));
    }
    return fields;
  }

  /** What the mention says for the field, as text; null when it says nothing. */
  static @Nullable String value(Field field, MentionFacts f) {
    return switch (field) {
      case INSTRUMENT -> f.instrument();
      case PARTIES ->
          f.parties().isEmpty()
              ? null
              : String.join(
                  " – ",
                  f.parties().stream()
                      .map(p -> p.name() + (p.country() == null ? "" : " (" + p.country() + ")"))
                      .toList());
      case SIGNATORIES ->
          f.signatories().isEmpty()
              ? null
              : String.join(
                  "; ",
                  f.signatories().stream()
                      .map(s -> s.name() + (s.title() == null ? "" : ", " + s.title()))
                      .toList());
      case SIGNED_ON -> f.signedOn() == null ? null : f.signedOn().toString();
      case PLACE -> f.place();
      case EVENT -> f.event();
      case TERM_YEARS -> f.termYears() == null ? null : f.termYears().toString();
      case EXTENDABLE -> f.extendable() == null ? null : f.extendable().toString();
      case AREAS -> f.areas().isEmpty() ? null : String.join("; ", f.areas());
      case ACTIVITIES -> f.activities().isEmpty() ? null : String.join("; ", f.activities());
      case VALUE ->
          f.valueAmount() == null
              ? null
              : f.valueCurrency()
                  + " "
                  + new java.math.BigDecimal(f.valueAmount()).stripTrailingZeros().toPlainString();
    };
  }

  /** Values that mean the same (names in another order, other titles) share a key. */
  private static String key(Field field, MentionFacts f, String value) {
    return switch (field) {
      case PARTIES ->
          String.join(
              "|", new TreeSet<>(f.parties().stream().map(p -> Candidate.key(p.name())).toList()));
      case SIGNATORIES ->
          String.join(
              "|",
              new TreeSet<>(
                  f.signatories().stream()
                      .map(
                          s ->
                              String.join(
                                  " ", new TreeSet<>(Candidate.words(s.name().replace("-", "")))))
                      .toList()));
      default -> Candidate.key(value);
    };
  }

  private static MentionFacts.@Nullable Span evidence(Field field, MentionFacts f) {
    for (String name : field.evidence()) {
      for (MentionFacts.Span span : f.evidence()) {
        if (span.field().equals(name)) {
          return span;
        }
      }
    }
    return null;
  }

  /**
   * The article text cut into plain and marked pieces; marks name the fields they support, and the
   * piece where a field's evidence starts carries the anchor {@code ev-MENTION-FIELD}.
   */
  private static List<GroupView.Segment> segments(Source s) {
    String body = s.body();
    int n = body.length();
    record Mark(int start, int end, String field) {}
    List<Mark> marks = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    for (Field field : Field.values()) {
      MentionFacts.Span span = evidence(field, s.facts());
      if (span == null || value(field, s.facts()) == null) {
        continue;
      }
      int start = Math.max(0, Math.min(n, span.start()));
      int end = Math.max(start, Math.min(n, span.end()));
      if (start < end) {
        marks.add(new Mark(start, end, field.code()));
        cuts.add(start);
        cuts.add(end);
      }
    }
    List<GroupView.Segment> segments = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      List<String> fields = new ArrayList<>();
      List<String> anchors = new ArrayList<>();
      for (Mark mark : marks) {
        if (mark.start() <= from && to <= mark.end()) {
          fields.add(mark.field());
          if (mark.start() == from) {
            anchors.add("ev-" + s.mentionId() + "-" + mark.field());
          }
        }
      }
      segments.add(
          new GroupView.Segment(
              body.substring(from, to), !fields.isEmpty(), String.join(" ", fields), anchors));
      from = to;
    }
    return segments;
  }

  // ---------------------------------------------------------------- decisions

  /**
   * Accepts the group as a new agreement, with the chosen option per field (the most supported when
   * none is chosen). Creates the organisations, people and event it needs.
   */
  @Transactional
  public long accept(long groupId, Map<String, Integer> choices) {
    String reviewer = AuditActor.current();
    GroupView view = requireOpen(groupId);
    List<Source> sources = sources(groupId);
    Map<Field, Integer> chosen = choices(view, choices, false);
    Map<Long, Source> byMention = new HashMap<>();
    sources.forEach(s -> byMention.put(s.mentionId(), s));
    MentionFacts parties = facts(view, Field.PARTIES, chosen, byMention);
    if (parties == null || parties.parties().isEmpty()) {
      throw new InvalidFieldException("parties", "the sources name no party: reject the group");
    }
    List<Long> partyIds = new ArrayList<>();
    for (MentionFacts.PartyFact p : parties.parties()) {
      long id = registry.organisation(p);
      if (!partyIds.contains(id)) {
        partyIds.add(id);
      }
    }
    Instrument instrument = Instrument.valueOf(text(view, Field.INSTRUMENT, chosen, "OTHER"));
    String kind = instrument == Instrument.MOU ? "Nota Kesepahaman" : "Perjanjian";
    String title =
        kind + " " + String.join(" – ", partyIds.stream().map(registry::organisationName).toList());
    Agreement agreement = Agreement.draft(instrument, title, null);
    agreement.between(
        partyIds.stream().map(id -> new AgreementParty(id, PartyRole.PARTY)).toList());
    List<AgreementSignatory> signatories = new ArrayList<>();
    MentionFacts signers = facts(view, Field.SIGNATORIES, chosen, byMention);
    if (signers != null) {
      List<MentionFacts.SignatoryFact> list = signers.signatories();
      for (int i = 0; i < list.size(); i++) {
        MentionFacts.SignatoryFact s = list.get(i);
        Long forParty = list.size() == partyIds.size() ? partyIds.get(i) : null;
        signatories.add(
            new AgreementSignatory(
                registry.person(s.name(), s.title(), forParty),
                s.title(),
                forParty,
                s.onBehalfOf()));
      }
    }
    String signed = text(view, Field.SIGNED_ON, chosen, null);
    LocalDate signedOn = signed == null ? null : LocalDate.parse(signed);
    agreement.signed(
        signedOn,
        text(view, Field.PLACE, chosen, null),
        registry.event(text(view, Field.EVENT, chosen, null)),
        signatories);
    String term = text(view, Field.TERM_YEARS, chosen, null);
    agreement.runsFor(
        signedOn != null,
        null,
        term == null ? null : Period.ofYears(Integer.parseInt(term)),
        "true".equals(text(view, Field.EXTENDABLE, chosen, null))
            ? RenewalMode.BY_WRITTEN_AGREEMENT
            : RenewalMode.NONE,
        null);
    agreement.covers(areas(view, chosen, byMention), activities(view, chosen, byMention));
    String value = text(view, Field.VALUE, chosen, null);
    agreement.annotate(
        "Dari pemberitaan (tinjauan #" + groupId + ")." + (value == null ? "" : " Nilai: " + value),
        false);
    List<AgreementSource> agreementSources = new ArrayList<>();
    for (Source s : sources) {
      AgreementSource source = agreementSource(s.documentId());
      if (!agreementSources.contains(source)) {
        agreementSources.add(source);
      }
    }
    agreement.reportedIn(agreementSources);
    boolean signedStatus =
        sources.stream().anyMatch(s -> s.facts().status().equals("SIGNED")) && signedOn != null;
    if (signedStatus) {
      agreement.record(new LifecycleEvent(LifecycleEventType.SIGNED, signedOn, null, null));
      agreement.record(
          new LifecycleEvent(LifecycleEventType.ENTERED_INTO_FORCE, signedOn, null, null));
    }
    long agreementId = Objects.requireNonNull(agreements.save(agreement).id());
    recordProvenance(agreementId, view, chosen, byMention);
    close(groupId, "ACCEPTED", agreementId);
    decision(groupId, "ACCEPT", reviewer, null, agreementId, Timestamp.from(Instant.now()));
    return agreementId;
  }

  /**
   * Merges the group into an existing agreement: the fields named in {@code choices} (mergeable
   * ones only) take the chosen source value, the others keep the agreement's; every document
   * becomes a source.
   */
  @Transactional
  public long merge(long groupId, long agreementId, Map<String, Integer> choices) {
    String reviewer = AuditActor.current();
    GroupView view = requireOpen(groupId);
    Agreement agreement =
        agreements
            .find(agreementId)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "agreementId", "agreement " + agreementId + " does not exist"));
    List<Source> sources = sources(groupId);
    Map<Long, Source> byMention = new HashMap<>();
    sources.forEach(s -> byMention.put(s.mentionId(), s));
    Map<Field, Integer> chosen = choices(view, choices, true);
    if (chosen.containsKey(Field.SIGNED_ON)
        || chosen.containsKey(Field.PLACE)
        || chosen.containsKey(Field.EVENT)) {
      String signed =
          chosen.containsKey(Field.SIGNED_ON) ? text(view, Field.SIGNED_ON, chosen, null) : null;
      agreement.signed(
          chosen.containsKey(Field.SIGNED_ON) ? LocalDate.parse(signed) : agreement.signedOn(),
          chosen.containsKey(Field.PLACE)
              ? text(view, Field.PLACE, chosen, null)
              : agreement.place(),
          chosen.containsKey(Field.EVENT)
              ? registry.event(text(view, Field.EVENT, chosen, null))
              : agreement.eventId(),
          agreement.signatories());
    }
    if (chosen.containsKey(Field.TERM_YEARS) || chosen.containsKey(Field.EXTENDABLE)) {
      String term = text(view, Field.TERM_YEARS, chosen, null);
      agreement.runsFor(
          agreement.entryIntoForceOnSignature(),
          agreement.entryIntoForceOn(),
          chosen.containsKey(Field.TERM_YEARS) && term != null
              ? Period.ofYears(Integer.parseInt(term))
              : agreement.term().term(),
          chosen.containsKey(Field.EXTENDABLE)
              ? ("true".equals(text(view, Field.EXTENDABLE, chosen, null))
                  ? RenewalMode.BY_WRITTEN_AGREEMENT
                  : RenewalMode.NONE)
              : agreement.renewalMode(),
          agreement.term().noticePeriod());
    }
    if (chosen.containsKey(Field.AREAS) || chosen.containsKey(Field.ACTIVITIES)) {
      agreement.covers(
          chosen.containsKey(Field.AREAS) ? areas(view, chosen, byMention) : agreement.areas(),
          chosen.containsKey(Field.ACTIVITIES)
              ? activities(view, chosen, byMention)
              : agreement.activityForms());
    }
    for (Source s : sources) {
      addSource(agreement, s.documentId());
    }
    agreements.save(agreement);
    recordProvenance(agreementId, view, chosen, byMention);
    close(groupId, "MERGED", agreementId);
    decision(groupId, "MERGE", reviewer, null, agreementId, Timestamp.from(Instant.now()));
    return agreementId;
  }

  /** Rejects the group with a reason; later copies of it stay rejected. */
  @Transactional
  public void reject(long groupId, @Nullable String reason) {
    String reviewer = AuditActor.current();
    requireOpen(groupId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "say why the group is rejected");
    }
    close(groupId, "REJECTED", null);
    decision(groupId, "REJECT", reviewer, reason.strip(), null, Timestamp.from(Instant.now()));
  }

  private GroupView requireOpen(long groupId) {
    GroupView view = view(groupId);
    if (!view.status().equals("OPEN")) {
      throw new DecisionConflictException(
          "candidate group " + groupId + " was decided already (" + view.status() + ")");
    }
    return view;
  }

  /** Checks the choices: known fields, existing options; for a merge only mergeable fields. */
  private static Map<Field, Integer> choices(
      GroupView view, Map<String, Integer> choices, boolean merge) {
    Map<Field, Integer> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : choices.entrySet()) {
      Field field =
          Field.ofCode(e.getKey())
              .orElseThrow(
                  () -> new InvalidFieldException("fields." + e.getKey(), "unknown field"));
      if (e.getValue() == null || e.getValue() < 0) {
        continue; // keep
      }
      if (merge && !field.mergeable()) {
        throw new InvalidFieldException(
            "fields." + field.code(), "this field is kept from the agreement when merging");
      }
      GroupView.FieldView fv = fieldView(view, field);
      if (e.getValue() >= fv.options().size()) {
        throw new InvalidFieldException(
            "fields." + field.code(),
            "no option " + e.getValue() + " (the sources state " + fv.options().size() + ")");
      }
      chosen.put(field, e.getValue());
    }
    if (!merge) {
      for (Field field : Field.values()) {
        if (!chosen.containsKey(field) && !fieldView(view, field).options().isEmpty()) {
          chosen.put(field, 0);
        }
      }
    }
    return chosen;
  }

  private static GroupView.FieldView fieldView(GroupView view, Field field) {
    return view.fields().stream()
        .filter(f -> f.code().equals(field.code()))
        .findFirst()
        .orElseThrow();
  }

  private static @Nullable String text(
      GroupView view, Field field, Map<Field, Integer> chosen, @Nullable String fallback) {
    Integer index = chosen.get(field);
    if (index == null) {
      return fallback;
    }
    return fieldView(view, field).options().get(index).value();
  }

  /** The facts of the first source of the chosen option of a list field. */
  private static @Nullable MentionFacts facts(
      GroupView view, Field field, Map<Field, Integer> chosen, Map<Long, Source> byMention) {
    Integer index = chosen.get(field);
    if (index == null) {
      return null;
    }
    long mention = fieldView(view, field).options().get(index).sources().get(0).mentionId();
    return byMention.get(mention).facts();
  }

  private List<AgreementArea> areas(
      GroupView view, Map<Field, Integer> chosen, Map<Long, Source> byMention) {
    MentionFacts f = facts(view, Field.AREAS, chosen, byMention);
    return f == null
        ? List.of()
        : f.areas().stream()
            .map(a -> new AgreementArea(registry.code("cooperation_area", a), a))
            .toList();
  }

  private List<AgreementActivityForm> activities(
      GroupView view, Map<Field, Integer> chosen, Map<Long, Source> byMention) {
    MentionFacts f = facts(view, Field.ACTIVITIES, chosen, byMention);
    return f == null
        ? List.of()
        : f.activities().stream()
            .map(a -> new AgreementActivityForm(registry.code("activity_form", a), a))
            .toList();
  }

  private void recordProvenance(
      long agreementId, GroupView view, Map<Field, Integer> chosen, Map<Long, Source> byMention) {
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (GroupView.FieldView fv : view.fields()) {
      Field field = Field.ofCode(fv.code()).orElseThrow();
      Integer index = chosen.get(field);
      for (GroupView.Option option : fv.options()) {
        for (GroupView.Support support : option.sources()) {
          Source source = byMention.get(support.mentionId());
          String value = value(field, source.facts());
          rows.add(
              provenance(
                  agreementId,
                  field,
                  source,
                  value == null ? option.value() : value,
                  index != null && index == option.index()));
        }
      }
    }
    auditProvenance(agreementId, rows);
  }

  /** One audit event for the provenance rows a decision or an attached report adds. */
  private void auditProvenance(long agreementId, List<Map<String, @Nullable Object>> rows) {
    if (!rows.isEmpty()) {
      trail.record(
          "agreement_field_source", String.valueOf(agreementId), "CREATE", null, List.copyOf(rows));
    }
  }

  private Map<String, @Nullable Object> provenance(
      long agreementId, Field field, Source source, String value, boolean chosen) {
    MentionFacts.Span span = evidence(field, source.facts());
    jdbc.sql(
            "insert into agreement_field_source (agreement_id, field, document_id, evidence_start,"
                + " evidence_end, field_value, chosen) values (:a, :f, :d, :s, :e, :v, :c)")
        .param("a", agreementId)
        .param("f", field.code())
        .param("d", source.documentId())
        .param("s", span == null ? null : span.start())
        .param("e", span == null ? null : span.end())
        .param("v", value)
        .param("c", chosen)
        .update();
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("field", field.code());
    row.put("documentId", source.documentId());
    row.put("evidenceStart", span == null ? null : span.start());
    row.put("evidenceEnd", span == null ? null : span.end());
    row.put("value", value);
    row.put("chosen", chosen);
    return row;
  }

  private void close(long groupId, String status, @Nullable Long agreementId) {
    int updated =
        jdbc.sql(
                "update capture_group set status = :s, agreement_id = :a where id = :g"
                    + " and status = 'OPEN'")
            .param("s", status)
            .param("a", agreementId)
            .param("g", groupId)
            .update();
    if (updated != 1) {
      throw new DecisionConflictException("candidate group " + groupId + " was decided meanwhile");
    }
    jdbc.sql("update capture_mention set decided = true where group_id = :g")
        .param("g", groupId)
        .update();
  }

  private void decision(
      long groupId,
      String decision,
      String reviewer,
      @Nullable String reason,
      @Nullable Long agreementId,
      Timestamp at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into review_decision (group_id, decision, reviewer, decided_at, reason,"
                + " agreement_id) values (:g, :d, :r, :t, :reason, :a)")
        .param("g", groupId)
        .param("d", decision)
        .param("r", reviewer)
        .param("t", at)
        .param("reason", reason)
        .param("a", agreementId)
        .update(key, "id");
    // the decision in the audit trail, in this transaction: who decided what on which group (the
    // group's status and its mentions' decided flag follow from it)
    Map<String, @Nullable Object> after = new LinkedHashMap<>();
    after.put("groupId", groupId);
    after.put("decision", decision);
    after.put("reviewer", reviewer);
    after.put("reason", reason);
    after.put("agreementId", agreementId);
    trail.record(
        "review_decision",
        String.valueOf(Objects.requireNonNull(key.getKey()).longValue()),
        decision,
        null,
        after);
  }

  private AgreementSource agreementSource(long documentId) {
    return jdbc.sql(
            "select url, outlet, published_on, title, external_id from capture_document"
                + " where id = :id")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new AgreementSource(
                    cut(rs.getString(1), 2000),
                    cut(rs.getString(2), 200),
                    rs.getObject(3, LocalDate.class),
                    cut(rs.getString(4) == null ? rs.getString(5) : rs.getString(4), 500)))
        .single();
  }

  private void addSource(Agreement agreement, long documentId) {
    AgreementSource source = agreementSource(documentId);
    List<AgreementSource> sources = new ArrayList<>(agreement.sources());
    if (!sources.contains(source)) {
      sources.add(source);
      agreement.reportedIn(sources);
    }
  }

  private static @Nullable String cut(@Nullable String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  // ---------------------------------------------------------------- provenance

  /** Which source said what for one field of an agreement. */
  public record ProvenanceRow(
      String field,
      String value,
      boolean chosen,
      long documentId,
      @Nullable String source,
      @Nullable LocalDate publishedOn,
      @Nullable String evidence) {}

  /** The field provenance of an agreement: chosen values first, by field. */
  @Transactional(readOnly = true)
  public List<ProvenanceRow> provenance(long agreementId) {
    return jdbc
        .sql(
            "select p.field, p.field_value, p.chosen, p.document_id, coalesce(d.outlet, d.title,"
                + " d.external_id), d.published_on, p.evidence_start, p.evidence_end, d.body"
                + " from agreement_field_source p join capture_document d on d.id = p.document_id"
                + " where p.agreement_id = :a order by p.id")
        .param("a", agreementId)
        .query(
            (rs, n) -> {
              Integer start = rs.getObject(7, Integer.class);
              Integer end = rs.getObject(8, Integer.class);
              String body = rs.getString(9);
              String quote =
                  start == null || end == null || end > body.length()
                      ? null
                      : body.substring(start, end).strip();
              return new ProvenanceRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBoolean(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getObject(6, LocalDate.class),
                  quote);
            })
        .list()
        .stream()
        .sorted(
            Comparator.comparingInt((ProvenanceRow r) -> order(r.field()))
                .thenComparing(r -> !r.chosen()))
        .toList();
  }

  private static int order(String field) {
    return Field.ofCode(field).map(Enum::ordinal).orElse(99);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
