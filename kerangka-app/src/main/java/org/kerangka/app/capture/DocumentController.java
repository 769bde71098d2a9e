package org.kerangka.app.capture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.extract.Article;
import org.kerangka.extract.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: submit a news document (text or HTML) and read it back. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {
  private final CaptureService capture;
  private final CaptureProperties properties;
  private final JdbcClient jdbc;

  DocumentController(CaptureService capture, CaptureProperties properties, JdbcClient jdbc) {
    this.capture = capture;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  /** A document to capture: its text or its HTML page, with what is known about it. */
  record DocumentRequest(
      @Nullable String text,
      @Nullable String html,
      @Size(max = 2000) @Nullable String url,
      @Size(max = 200) @Nullable String outlet,
      @Size(max = 1000) @Nullable String title,
      @Pattern(regexp = "id|en", message = "must be id or en") @Nullable String lang,
      @Nullable LocalDate published) {}

  /** The stored document: new or already known, and the agreements found in it. */
  record DocumentCreated(long id, boolean created, int agreements, String href) {}

  @PostMapping
  ResponseEntity<DocumentCreated> create(@Valid @RequestBody DocumentRequest request) {
    boolean hasText = request.text() != null && !request.text().isBlank();
    boolean hasHtml = request.html() != null && !request.html().isBlank();
    if (hasText == hasHtml) {
      throw new InvalidFieldException("text", "give either text or html (one of them, not blank)");
    }
    String content = hasText ? request.text() : request.html();
    if (content.length() > properties.maxFileBytes()) {
      throw new InvalidFieldException(
          hasText ? "text" : "html",
          "larger than the limit of " + properties.maxFileBytes() + " characters");
    }
    String text = content;
    String title = request.title();
    String url = request.url();
    LocalDate published = request.published();
    if (hasHtml) {
      HtmlText.Page page = HtmlText.read(content, url);
      if (page.text().isBlank()) {
        throw new InvalidFieldException("html", "the page holds no article text");
      }
      text = page.text();
      title = title == null ? page.title() : title;
      url = url == null ? page.url() : url;
      published = published == null ? page.published() : published;
    }
    Language language =
        request.lang() == null ? null : Language.fromCode(request.lang()).orElse(null);
    String id = "api-" + CaptureService.sha256(text).substring(0, 16);
    Article article = new Article(id, text, language, published, title);
    IngestOutcome outcome =
        capture.ingest(List.of(new IncomingDocument("api", article, url, request.outlet())));
    capture.announce(outcome);
    IngestOutcome.Stored stored = outcome.documents().get(0);
    DocumentCreated body =
        new DocumentCreated(
            stored.id(), stored.created(), stored.agreements(), "/api/v1/documents/" + stored.id());
    return stored.created()
        ? ResponseEntity.created(URI.create(body.href())).body(body)
        : ResponseEntity.status(HttpStatus.OK).body(body);
  }

  /** A stored document with its text and the agreements found in it. */
  record DocumentResponse(
      long id,
      String externalId,
      @Nullable String url,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String lang,
      @Nullable LocalDate publishedOn,
      String origin,
      Instant ingestedAt,
      String text,
      List<MentionRef> mentions) {}

  /** An agreement the extractor found in the document and the review group it is in. */
  record MentionRef(long id, String instrument, String status, @Nullable Long groupId) {}

  @GetMapping("/{id}")
  DocumentResponse get(@PathVariable long id) {
    CaptureService.StoredDocument d =
        capture.document(id).orElseThrow(() -> new NotFoundException("document", id));
    List<MentionRef> mentions =
        jdbc.sql(
                "select id, instrument, status, group_id from capture_mention"
                    + " where document_id = :d order by ordinal")
            .param("d", id)
            .query(
                (rs, n) ->
                    new MentionRef(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class)))
            .list();
    return new DocumentResponse(
        d.id(),
        d.externalId(),
        d.url(),
        d.outlet(),
        d.title(),
        d.lang(),
        d.publishedOn(),
        d.origin(),
        d.ingestedAt(),
        d.body(),
        mentions);
  }
}
