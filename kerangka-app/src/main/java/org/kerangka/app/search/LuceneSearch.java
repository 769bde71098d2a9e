package org.kerangka.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.KerangkaProperties;
import org.kerangka.app.web.GenerationCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search with Lucene over an index in {@code <data-dir>/index}: one document per
 * agreement, organisation and person, one {@link IndexWriter} and a {@link SearcherManager}
 * refreshed after every commit. User input is taken literally (query syntax is escaped), every word
 * must match in some field, and snippets mark the matched words.
 */
@Component
class LuceneSearch implements Search, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(LuceneSearch.class);
  private static final int MAX_QUERY_LENGTH = 500;
  private static final int SNIPPET_CHARS = 160;

  private final Path path;
  private final Analyzer analyzer = Analysis.analyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean startedEmpty;

  private record Key(String query, int limit) {}

  /**
   * Hits per query and limit for the version of the index they were found in: highlighting is most
   * of the cost of a search, and the same searches come again.
   */
  private final GenerationCache<Key, List<SearchHit>> results =
      new GenerationCache<>(20_000, List::size);

  LuceneSearch(KerangkaProperties properties) throws IOException {
    this.path = properties.dataDir().resolve("index");
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    boolean empty = !DirectoryReader.indexExists(directory);
    IndexWriter opened;
    try {
      opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      // The index is only a copy of the database: start a new one and rebuild it.
      log.warn("The search index in {} is unreadable ({}); rebuilding it", path, e.toString());
      for (String file : directory.listAll()) {
        directory.deleteFile(file);
      }
      opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
      empty = true;
    }
    this.writer = opened;
    this.startedEmpty = empty;
    this.searchers = new SearcherManager(writer, null);
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    // A larger buffer than the 16 MB default speeds up rebuilding a large registry.
    return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
  }

  /** Whether there was no index when the application started (so it must be built). */
  boolean startedEmpty() {
    return startedEmpty;
  }

  Path path() {
    return path;
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    if (limit <= 0 || query.isBlank()) {
      return List.of();
    }
    Query parsed = parse(query);
    if (parsed == null) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        // the reader's version changes with every change of the index
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        return results.get(new Key(query, limit), version, () -> search(searcher, parsed, limit));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index in " + path, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read the search index in " + path, e.getCause());
    } catch (IndexSearcher.TooManyClauses e) {
      return List.of();
    }
  }

  /** The hits of the query in the searcher's index, with snippets. */
  private List<SearchHit> search(IndexSearcher searcher, Query parsed, int limit) {
    try {
      {
        TopDocs top = searcher.search(parsed, limit);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        // Which fields each hit matched in, so that only those are highlighted.
        org.apache.lucene.search.Weight weight =
            searcher.createWeight(
                searcher.rewrite(parsed),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES,
                1f);
        var leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
          Document doc = searcher.storedFields().document(scoreDoc.doc);
          var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(scoreDoc.doc, leaves));
          org.apache.lucene.search.Matches matches =
              weight.matches(leaf, scoreDoc.doc - leaf.docBase);
          java.util.Set<String> matched = null;
          if (matches != null) {
            matched = new java.util.HashSet<>();
            for (String field : matches) {
              matched.add(field);
            }
          }
          hits.add(
              new SearchHit(
                  doc.get("kind"),
                  Long.parseLong(doc.get("id")),
                  doc.get(Analysis.TITLE),
                  snippet(parsed, doc, matched),
                  scoreDoc.score));
        }
        return List.copyOf(hits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The query for what the user typed, taken literally; null when nothing searchable is left.
   * Lower-casing keeps AND, OR and NOT from acting as operators.
   */
  private @Nullable Query parse(String text) {
    String literal = text.strip();
    if (literal.length() > MAX_QUERY_LENGTH) {
      literal = literal.substring(0, MAX_QUERY_LENGTH);
    }
    literal = QueryParser.escape(literal.toLowerCase(Locale.ROOT));
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(Analysis.analysedFields(), analyzer, Analysis.boosts());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // A word the tokenizer splits ("中国" into 中 and 国, "ke-43") must match as a phrase.
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    try {
      return parser.parse(literal);
    } catch (ParseException | RuntimeException e) {
      // Escaping should leave nothing to reject; whatever the parser still refuses finds nothing.
      log.debug("unsearchable query '{}': {}", text, e.getMessage());
      return null;
    }
  }

  /**
   * The best fragments of the body, else of the title or country names, with marks. Only the
   * analysed fields in {@code matched} are tried (all when it is null).
   */
  private String snippet(Query query, Document doc, java.util.@Nullable Set<String> matched)
      throws IOException {
    for (String field : List.of(Analysis.BODY, Analysis.TITLE, Analysis.COUNTRIES)) {
      String text = doc.get(field);
      if (text == null || text.isEmpty()) {
        continue;
      }
      for (String variant : Analysis.VARIANTS) {
        String analysed = field + variant;
        if (matched != null && !matched.contains(analysed)) {
          continue;
        }
        QueryScorer scorer = new QueryScorer(query, analysed);
        Highlighter highlighter =
            new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
        try {
          String fragments =
              highlighter.getBestFragments(analyzer.tokenStream(analysed, text), text, 2, " … ");
          if (fragments != null && fragments.contains("<mark>")) {
            return trimSeparators(fragments);
          }
        } catch (InvalidTokenOffsetsException e) {
          log.debug("cannot highlight {}: {}", analysed, e.getMessage());
        }
      }
    }
    String body = doc.get(Analysis.BODY);
    String head = body == null ? "" : body;
    if (head.length() > SNIPPET_CHARS) {
      head = head.substring(0, SNIPPET_CHARS) + " …";
    }
    return HtmlUtils.htmlEscape(head);
  }

  /**
   * Drops the item separators a fragment may start or end with and joins marks of adjacent tokens
   * ("<mark>中</mark><mark>国</mark>" becomes "<mark>中国</mark>").
   */
  private static String trimSeparators(String fragment) {
    String s = fragment.strip().replace("</mark><mark>", "");
    String separator = IndexedRecord.SEPARATOR.strip();
    while (s.startsWith(separator)) {
      s = s.substring(separator.length()).strip();
    }
    while (s.endsWith(separator)) {
      s = s.substring(0, s.length() - separator.length()).strip();
    }
    return s;
  }

  /** Adds or replaces the records and makes them searchable. */
  synchronized void index(Collection<IndexedRecord> records) {
    try {
      for (IndexedRecord record : records) {
        writer.updateDocument(new Term("key", record.key()), document(record));
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + path, e);
    }
  }

  /** Removes the records with these keys ({@link IndexedRecord#key}). */
  synchronized void remove(Collection<String> keys) {
    try {
      for (String key : keys) {
        writer.deleteDocuments(new Term("key", key));
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + path, e);
    }
  }

  /** Replaces the whole index with these records. */
  synchronized void rebuild(Collection<IndexedRecord> records) {
    try {
      writer.deleteAll();
      for (IndexedRecord record : records) {
        writer.addDocument(document(record));
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + path, e);
    }
  }

  private void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private static Document document(IndexedRecord record) {
    Document doc = new Document();
    doc.add(new StringField("key", record.key(), Field.Store.NO));
    doc.add(new StringField("kind", record.kind(), Field.Store.YES));
    doc.add(new StoredField("id", Long.toString(record.id())));
    add(doc, Analysis.TITLE, List.of(record.title()));
    add(doc, Analysis.BODY, record.body());
    add(doc, Analysis.COUNTRIES, record.countries());
    return doc;
  }

  /** Each item as a value of its own; the items joined as the stored text for snippets. */
  private static void add(Document doc, String field, List<String> items) {
    doc.add(new StoredField(field, String.join(IndexedRecord.SEPARATOR, items)));
    for (String item : items) {
      for (String variant : Analysis.VARIANTS) {
        doc.add(new TextField(field + variant, item, Field.Store.NO));
      }
    }
  }

  @Override
  public synchronized void destroy() throws IOException {
    try (Directory d = directory;
        IndexWriter w = writer;
        SearcherManager s = searchers) {
      log.debug("closing the search index in {}", path);
    }
  }
}
