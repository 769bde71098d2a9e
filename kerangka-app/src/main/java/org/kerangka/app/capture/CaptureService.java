package org.kerangka.app.capture;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.audit.AuditTrail;
import org.kerangka.extract.AgreementExtractor;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.Article;
import org.kerangka.extract.ExtractionJson;
import org.kerangka.extract.ExtractionResult;
import org.kerangka.extract.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores documents once each, with the agreements the extractor finds in them. Extraction, hashing
 * and MinHash run on worker threads; each batch is stored in one transaction by {@link
 * #insertBatch}, the single place where documents and mentions are written in bulk.
 */
@Service
public class CaptureService {
  private final AgreementExtractor extractor = AgreementExtractor.create();
  private final ExecutorService workers;
  private final NamedParameterJdbcTemplate batch;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final AuditTrail trail;

  CaptureService(
      NamedParameterJdbcTemplate batch,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      AuditTrail trail) {
    this.trail = trail;
    this.batch = batch;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "kerangka-extract");
              thread.setDaemon(true);
              return thread;
            });
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }

  /** A document ready to store: its keys, MinHash and the extractor's records as JSON. */
  record Prepared(
      IncomingDocument document,
      String contentHash,
      @Nullable String canonicalUrl,
      String minhash,
      List<PreparedMention> mentions) {}

  record PreparedMention(AgreementRecord record, String json, String countries) {}

  /**
   * Stores the documents that are not stored yet (one transaction for all of them) and returns what
   * happened to each. Does not group; call {@link #announce} (or the review's grouping) after.
   */
  public IngestOutcome ingest(List<IncomingDocument> documents) {
    return store(extract(documents));
  }

  /**
   * A batch on its way to the database: known documents already recognised, the others being
   * extracted on the worker threads. {@link #store} waits for them and stores the batch.
   */
  public static final class Batch {
    private final int size;
    private final List<IngestOutcome.@Nullable Stored> skipped;
    private final List<Future<Prepared>> futures;

    private Batch(
        int size, List<IngestOutcome.@Nullable Stored> skipped, List<Future<Prepared>> futures) {
      this.size = size;
      this.skipped = skipped;
      this.futures = futures;
    }

    /** The number of documents in the batch. */
    public int size() {
      return size;
    }

    /** Stops the extraction of a batch that will not be stored. */
    public void cancel() {
      for (Future<Prepared> future : futures) {
        future.cancel(true);
      }
    }
  }

  /**
   * First half of {@link #ingest}: recognises the documents stored before (one query) and starts
   * extracting the others on the worker threads, then returns without waiting. A bulk reader calls
   * this for the next batch while the previous one is being stored; nothing is written until {@link
   * #store}.
   */
  public Batch extract(List<IncomingDocument> documents) {
    // Known documents are recognised by their keys before anything is extracted from them: the
    // keys are computed once per document and looked up with one query for the whole batch.
    List<String> hashes = new ArrayList<>(documents.size());
    List<@Nullable String> canonicals = new ArrayList<>(documents.size());
    for (IncomingDocument document : documents) {
      hashes.add(sha256(document.article().text()));
      canonicals.add(CanonicalUrl.of(document.url()));
    }
    Known known = known(hashes, canonicals);
    List<Future<Prepared>> futures = new ArrayList<>(documents.size());
    List<IngestOutcome.@Nullable Stored> skipped = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      IncomingDocument document = documents.get(i);
      String hash = hashes.get(i);
      String canonical = canonicals.get(i);
      Long id = known.id(hash, canonical);
      if (id != null) {
        skipped.add(new IngestOutcome.Stored(id, false, 0));
      } else {
        skipped.add(null);
        futures.add(workers.submit(() -> prepare(document, hash, canonical)));
      }
    }
    return new Batch(documents.size(), skipped, futures);
  }

  /**
   * Second half of {@link #ingest}: waits for the batch's extraction and stores its new documents
   * in one transaction (documents, mentions and their audit events; documents another writer stored
   * meanwhile are recognised again inside it). Batches must be stored in the order they were
   * extracted for the ids to follow the input.
   */
  public IngestOutcome store(Batch batch) {
    List<Prepared> prepared = new ArrayList<>(batch.futures.size());
    try {
      for (Future<Prepared> future : batch.futures) {
        prepared.add(future.get());
      }
    } catch (InterruptedException e) {
      batch.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      batch.cancel();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
    IngestOutcome stored =
        prepared.isEmpty()
            ? new IngestOutcome(List.of(), 0, 0, 0)
            : transactions.execute(status -> insertBatch(prepared));
    if (stored == null) {
      throw new IllegalStateException("no outcome from the storing transaction");
    }
    List<IngestOutcome.Stored> all = new ArrayList<>(batch.size);
    int next = 0;
    for (IngestOutcome.Stored s : batch.skipped) {
      all.add(s != null ? s : stored.documents().get(next++));
    }
    return new IngestOutcome(
        all, stored.stored(), batch.size - stored.stored(), stored.agreements());
  }

  /** Stored documents by content hash and by canonical URL. */
  private record Known(Map<String, Long> byHash, Map<String, Long> byUrl) {
    @Nullable Long id(String hash, @Nullable String canonical) {
      Long id = byHash.get(hash);
      return id == null && canonical != null ? byUrl.get(canonical) : id;
    }
  }

  /** The stored documents with any of these hashes or canonical URLs: one query. */
  private Known known(List<String> hashes, List<@Nullable String> canonicals) {
    Map<String, Long> byHash = new HashMap<>();
    Map<String, Long> byUrl = new HashMap<>();
    List<String> keys = hashes.stream().distinct().toList();
    List<String> urls = canonicals.stream().filter(u -> u != null).distinct().toList();
    if (keys.isEmpty() && urls.isEmpty()) {
      return new Known(byHash, byUrl);
    }
    Set<String> hashSet = new HashSet<>(keys);
    Set<String> urlSet = new HashSet<>(urls);
    // A union rather than "hash in (...) or url in (...)": each half uses its unique index on H2
    // as on PostgreSQL, where an OR over two columns may scan the whole table.
    String select = "select id, content_hash, canonical_url from capture_document where ";
    String sql =
        keys.isEmpty()
            ? select + "canonical_url in (:urls)"
            : urls.isEmpty()
                ? select + "content_hash in (:hashes)"
                : select
                    + "content_hash in (:hashes) union all "
                    + select
                    + "canonical_url in (:urls)";
    jdbc.sql(sql)
        .param("hashes", keys.isEmpty() ? List.of("") : keys)
        .param("urls", urls.isEmpty() ? List.of("") : urls)
        .query(
            (rs, n) -> {
              long id = rs.getLong(1);
              String hash = rs.getString(2);
              String url = rs.getString(3);
              if (hashSet.contains(hash)) {
                byHash.put(hash, id);
              }
              if (url != null && urlSet.contains(url)) {
                byUrl.put(url, id);
              }
              return id;
            })
        .list();
    return new Known(byHash, byUrl);
  }

  /** Tells the grouping that documents were stored (the API and uploads call this). */
  public void announce(IngestOutcome outcome) {
    List<Long> created = outcome.createdIds();
    if (!created.isEmpty()) {
      events.publishEvent(new DocumentsIngested(created));
    }
  }

  Prepared prepare(IncomingDocument document, String hash, @Nullable String canonical) {
    Article article = document.article();
    String minhash = MinHash.encode(MinHash.signature(article.text()));
    ExtractionResult result = extractor.extract(article);
    List<PreparedMention> mentions = new ArrayList<>();
    for (AgreementRecord record : result.agreements()) {
      String json =
          ExtractionJson.toJson(
              new ExtractionResult(
                  result.id(), result.language(), result.published(), List.of(record)));
      Set<String> countries = new TreeSet<>();
      for (Party party : record.parties()) {
        countries.add(party.country() == null ? "??" : party.country());
      }
      mentions.add(new PreparedMention(record, json, String.join(" ", countries)));
    }
    return new Prepared(document, hash, canonical, minhash, mentions);
  }

  /**
   * THE bulk write of capture: stores the documents of one batch that are not known yet (by content
   * hash or canonical URL) and their mentions, with batched inserts. Runs inside the caller's
   * transaction, which also gets one audit event per stored document (its metadata, content hash
   * and number of agreements found; the mentions are the extractor's output for that text).
   */
  IngestOutcome insertBatch(List<Prepared> prepared) {
    // Checked again inside the transaction (one query): another writer (an upload, the API) may
    // have stored some of these documents since the check before extraction.
    Known already =
        known(
            prepared.stream().map(Prepared::contentHash).toList(),
            prepared.stream().map(Prepared::canonicalUrl).toList());
    Map<String, Long> knownByHash = already.byHash();
    Map<String, Long> knownByUrl = already.byUrl();
    Timestamp now = Timestamp.from(Instant.now());
    List<Prepared> fresh = new ArrayList<>();
    Set<String> seenHashes = new HashSet<>();
    Set<String> seenUrls = new HashSet<>();
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Prepared p : prepared) {
      boolean known =
          knownByHash.containsKey(p.contentHash())
              || (p.canonicalUrl() != null && knownByUrl.containsKey(p.canonicalUrl()))
              || !seenHashes.add(p.contentHash())
              || (p.canonicalUrl() != null && !seenUrls.add(p.canonicalUrl()));
      if (known) {
        continue;
      }
      fresh.add(p);
      Article a = p.document().article();
      rows.add(
          new MapSqlParameterSource()
              .addValue("canonical", p.canonicalUrl())
              .addValue("hash", p.contentHash())
              .addValue("externalId", cut(a.id(), 300))
              .addValue("url", cut(p.document().url(), 2000))
              .addValue("outlet", cut(p.document().outlet(), 200))
              .addValue("title", cut(a.title(), 1000))
              .addValue("lang", a.language() == null ? null : a.language().code())
              .addValue("published", a.published())
              .addValue("origin", cut(p.document().origin(), 1000))
              .addValue("body", a.text())
              .addValue("minhash", p.minhash())
              .addValue("now", now));
    }
    // The new ids come back from the batched insert itself (generated keys, in row order).
    Map<String, Long> ids = new HashMap<>();
    if (!rows.isEmpty()) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      batch.batchUpdate(
          "insert into capture_document (canonical_url, content_hash, external_id, url, outlet,"
              + " title, lang, published_on, origin, body, minhash, ingested_at) values"
              + " (:canonical, :hash, :externalId, :url, :outlet, :title, :lang, :published,"
              + " :origin, :body, :minhash, :now)",
          rows.toArray(MapSqlParameterSource[]::new),
          keys,
          new String[] {"id"});
      List<Map<String, Object>> generated = keys.getKeyList();
      if (generated.size() != fresh.size()) {
        throw new IllegalStateException(
            "the database returned " + generated.size() + " ids for " + fresh.size() + " rows");
      }
      for (int i = 0; i < fresh.size(); i++) {
        Object id = generated.get(i).values().iterator().next();
        ids.put(fresh.get(i).contentHash(), ((Number) id).longValue());
      }
    }
    List<MapSqlParameterSource> mentionRows = new ArrayList<>();
    for (Prepared p : fresh) {
      long documentId = ids.get(p.contentHash());
      for (int i = 0; i < p.mentions().size(); i++) {
        PreparedMention m = p.mentions().get(i);
        mentionRows.add(
            new MapSqlParameterSource()
                .addValue("document", documentId)
                .addValue("ordinal", i)
                .addValue("instrument", m.record().instrument().name())
                .addValue("status", m.record().status().name())
                .addValue("signedOn", m.record().signedOn())
                .addValue("countries", cut(m.countries(), 200))
                .addValue("json", m.json()));
      }
    }
    if (!mentionRows.isEmpty()) {
      batch.batchUpdate(
          "insert into capture_mention (document_id, ordinal, instrument, status, signed_on,"
              + " countries, record_json, decided) values (:document, :ordinal, :instrument,"
              + " :status, :signedOn, :countries, :json, false)",
          mentionRows.toArray(MapSqlParameterSource[]::new));
    }
    // One audit event per stored document, appended with one lock, insert and head update.
    List<AuditTrail.Change> changes = new ArrayList<>(fresh.size());
    for (Prepared p : fresh) {
      Article a = p.document().article();
      Map<String, @Nullable Object> after = new LinkedHashMap<>();
      after.put("externalId", a.id());
      after.put("url", p.document().url());
      after.put("outlet", p.document().outlet());
      after.put("title", a.title());
      after.put("lang", a.language() == null ? null : a.language().code());
      after.put("publishedOn", a.published() == null ? null : a.published().toString());
      after.put("origin", p.document().origin());
      after.put("contentHash", p.contentHash());
      after.put("agreements", p.mentions().size());
      changes.add(
          new AuditTrail.Change(
              "capture_document", String.valueOf(ids.get(p.contentHash())), "CREATE", null, after));
    }
    trail.recordAll(changes);
    List<IngestOutcome.Stored> stored = new ArrayList<>();
    int created = 0;
    int agreements = 0;
    Set<Prepared> freshSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    freshSet.addAll(fresh);
    for (Prepared p : prepared) {
      if (freshSet.contains(p)) {
        created++;
        agreements += p.mentions().size();
        stored.add(new IngestOutcome.Stored(ids.get(p.contentHash()), true, p.mentions().size()));
      } else {
        Long id = knownByHash.get(p.contentHash());
        if (id == null && p.canonicalUrl() != null) {
          id = knownByUrl.get(p.canonicalUrl());
        }
        if (id == null) {
          id = ids.get(p.contentHash());
        }
        if (id == null && p.canonicalUrl() != null) {
          id =
              fresh.stream()
                  .filter(f -> p.canonicalUrl().equals(f.canonicalUrl()))
                  .map(f -> ids.get(f.contentHash()))
                  .findFirst()
                  .orElse(null);
        }
        stored.add(new IngestOutcome.Stored(id == null ? -1 : id, false, 0));
      }
    }
    return new IngestOutcome(stored, created, prepared.size() - created, agreements);
  }

  /** A stored document. */
  public record StoredDocument(
      long id,
      String externalId,
      @Nullable String url,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String lang,
      java.time.@Nullable LocalDate publishedOn,
      String origin,
      String body,
      Instant ingestedAt) {}

  /**
   * A {@link StoredDocument} from id, external_id, url, outlet, title, lang, published_on, origin,
   * body, ingested_at, in this order.
   */
  private static final RowMapper<StoredDocument> STORED_DOCUMENT =
      (rs, n) ->
          new StoredDocument(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getObject(7, java.time.LocalDate.class),
              rs.getString(8),
              rs.getString(9),
              rs.getTimestamp(10).toInstant());

  public Optional<StoredDocument> document(long id) {
    return jdbc.sql(
            "select id, external_id, url, outlet, title, lang, published_on, origin, body,"
                + " ingested_at from capture_document where id = :id")
        .param("id", id)
        .query(STORED_DOCUMENT)
        .optional();
  }

  /** The number of stored documents. */
  public long count() {
    return jdbc.sql("select count(*) from capture_document").query(Long.class).single();
  }

  /** Recently stored documents, newest first, without their text. */
  public List<StoredDocument> recent(int limit) {
    return jdbc.sql(
            "select id, external_id, url, outlet, title, lang, published_on, origin, '' as body,"
                + " ingested_at from capture_document order by id desc limit :limit")
        .param("limit", limit)
        .query(STORED_DOCUMENT)
        .list();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static @Nullable String cut(@Nullable String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
