package org.kerangka.app.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/review/groups}: the review queue, a group with its evidence, and decisions. */
@RestController
@RequestMapping("/api/v1/review/groups")
class ReviewController {
  static final Set<String> STATUSES = Set.of("OPEN", "ACCEPTED", "MERGED", "REJECTED");

  private final ReviewService review;

  ReviewController(ReviewService review) {
    this.review = review;
  }

  @GetMapping
  List<ReviewService.QueueRow> list(@RequestParam(defaultValue = "OPEN") String status) {
    if (!STATUSES.contains(status)) {
      throw new InvalidFieldException("status", "must be one of OPEN, ACCEPTED, MERGED, REJECTED");
    }
    return review.queue(status);
  }

  @GetMapping("/{id}")
  GroupView get(@PathVariable long id) {
    return review.view(id);
  }

  /** Field choices: field code to the index of the chosen option ({@code -1} keeps). */
  record AcceptRequest(@Nullable Map<String, Integer> fields) {}

  record MergeRequest(@NotNull Long agreementId, @Nullable Map<String, Integer> fields) {}

  record RejectRequest(@Size(max = 2000) @Nullable String reason) {}

  record Decided(long groupId, String status, @Nullable Long agreementId, @Nullable String href) {}

  @PostMapping("/{id}/accept")
  ResponseEntity<Decided> accept(
      @PathVariable long id, @Valid @RequestBody(required = false) @Nullable AcceptRequest body) {
    Map<String, Integer> fields = body == null || body.fields() == null ? Map.of() : body.fields();
    long agreement = review.accept(id, fields);
    String href = "/api/v1/agreements/" + agreement;
    return ResponseEntity.created(URI.create(href))
        .body(new Decided(id, "ACCEPTED", agreement, href));
  }

  @PostMapping("/{id}/merge")
  Decided merge(@PathVariable long id, @Valid @RequestBody MergeRequest body) {
    Map<String, Integer> fields = body.fields() == null ? Map.of() : body.fields();
    long agreement = review.merge(id, body.agreementId(), fields);
    return new Decided(id, "MERGED", agreement, "/api/v1/agreements/" + agreement);
  }

  @PostMapping("/{id}/reject")
  Decided reject(@PathVariable long id, @Valid @RequestBody RejectRequest body) {
    review.reject(id, body.reason());
    return new Decided(id, "REJECTED", null, null);
  }

  @ExceptionHandler
  ProblemDetail decided(DecisionConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Already decided");
    return problem;
  }
}
