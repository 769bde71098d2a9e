package org.kerangka.app.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the full-text search. */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {
  private static final int MAX_LIMIT = 100;

  private final Search search;

  SearchController(Search search) {
    this.search = search;
  }

  /** A hit with the link to the record it stands for. */
  record HitResponse(
      String kind, long id, String title, String snippetHtml, float score, String href) {}

  /**
   * Agreements, organisations and people matching every word of {@code q}, best first. Country
   * names in any form ("Tiongkok", "RRT", "China", "中国") find the same partner.
   */
  @GetMapping
  List<HitResponse> search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "20") int limit) {
    if (q == null || q.isBlank()) {
      throw new InvalidFieldException("q", "must not be blank");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return search.search(q, limit).stream()
        .map(h -> new HitResponse(h.kind(), h.id(), h.title(), h.snippetHtml(), h.score(), href(h)))
        .toList();
  }

  private static String href(SearchHit hit) {
    String collection =
        switch (hit.kind()) {
          case RegistryRecords.AGREEMENT -> "agreements";
          case RegistryRecords.ORGANISATION -> "organisations";
          case RegistryRecords.PERSON -> "persons";
          default -> throw new IllegalStateException("unknown kind " + hit.kind());
        };
    return "/api/v1/" + collection + "/" + hit.id();
  }
}
