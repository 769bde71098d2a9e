package org.kerangka.app.capture;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageController;
import org.kerangka.extract.Article;
import org.kerangka.extract.Language;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document pages: upload news files (text, HTML, WARC) into the capture, the latest documents,
 * and one document's text with an evidence span marked.
 */
@PageController
@RequestMapping("/dokumen")
class DocumentPages {
  private final CaptureService capture;
  private final CaptureProperties properties;

  DocumentPages(CaptureService capture, CaptureProperties properties) {
    this.capture = capture;
    this.properties = properties;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("documents", capture.recent(50));
    model.addAttribute("total", capture.count());
    return "capture/list";
  }

  @PostMapping
  String upload(
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String url,
      @RequestParam(required = false) @Nullable String outlet,
      @RequestParam(required = false) @Nullable String published,
      @RequestParam(required = false) @Nullable String lang,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    String problem = null;
    LocalDate day = null;
    if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
      problem = "documents.error.noFile";
    } else if (file.getSize() > properties.maxFileBytes()) {
      problem = "documents.error.tooLarge";
    } else if (!DocumentFormats.handles(file.getOriginalFilename())
        && !file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
      problem = "documents.error.format";
    }
    if (problem == null && published != null && !published.isBlank()) {
      try {
        day = LocalDate.parse(published.strip());
      } catch (DateTimeParseException e) {
        problem = "documents.error.date";
      }
    }
    if (problem != null) {
      return again(problem, null, model, response);
    }
    String name = file.getOriginalFilename();
    List<IncomingDocument> documents;
    try (InputStream in = file.getInputStream()) {
      String stem = name.replaceFirst("(?i)\\.(txt|html?|warc(\\.gz)?)$", "");
      documents = DocumentFormats.read(name, stem, "upload:" + name, in, properties.limits());
    } catch (UnreadableDocumentException e) {
      return again("documents.error.unreadable", e.getMessage(), model, response);
    } catch (IOException e) {
      return again("documents.error.unreadable", e.getMessage(), model, response);
    }
    Language language = lang == null ? null : Language.fromCode(lang).orElse(null);
    List<IncomingDocument> adjusted = new ArrayList<>();
    for (IncomingDocument d : documents) {
      Article a = d.article();
      adjusted.add(
          new IncomingDocument(
              d.origin(),
              new Article(
                  a.id(),
                  a.text(),
                  language == null ? a.language() : language,
                  day == null ? a.published() : day,
                  a.title()),
              blank(url) || documents.size() > 1 ? d.url() : url.strip(),
              blank(outlet) ? d.outlet() : outlet.strip()));
    }
    IngestOutcome outcome = capture.ingest(adjusted);
    capture.announce(outcome);
    redirect.addFlashAttribute("uploaded", outcome);
    return "redirect:/dokumen";
  }

  private String again(
      String problem, @Nullable String detail, Model model, HttpServletResponse response) {
    response.setStatus(400);
    model.addAttribute("problem", problem);
    model.addAttribute("problemDetail", detail);
    return list(model);
  }

  @GetMapping("/{id}")
  String document(
      @PathVariable long id,
      @RequestParam(name = "dari", required = false) @Nullable Integer from,
      @RequestParam(name = "sampai", required = false) @Nullable Integer to,
      Model model) {
    CaptureService.StoredDocument d =
        capture.document(id).orElseThrow(() -> new NotFoundException("document", id));
    String body = d.body();
    boolean mark = from != null && to != null && 0 <= from && from < to && to <= body.length();
    model.addAttribute("document", d);
    model.addAttribute("before", mark ? body.substring(0, from) : body);
    model.addAttribute("marked", mark ? body.substring(from, to) : null);
    model.addAttribute("after", mark ? body.substring(to) : null);
    return "capture/document";
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
