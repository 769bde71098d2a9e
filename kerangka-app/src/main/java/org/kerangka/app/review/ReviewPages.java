package org.kerangka.app.review;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.AgreementQuery;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementView;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages: the queue of candidate groups and one group with its fields, the sources that
 * state them (evidence marked in the article text), and the accept, merge and reject forms.
 */
@PageController
@RequestMapping("/tinjauan")
class ReviewPages {
  private final ReviewService review;
  private final AgreementService agreements;

  ReviewPages(ReviewService review, AgreementService agreements) {
    this.review = review;
    this.agreements = agreements;
  }

  @GetMapping
  String queue(@RequestParam(defaultValue = "OPEN") String status, Model model) {
    String shown = ReviewController.STATUSES.contains(status) ? status : "OPEN";
    model.addAttribute("status", shown);
    model.addAttribute("statuses", List.of("OPEN", "ACCEPTED", "MERGED", "REJECTED"));
    model.addAttribute("rows", review.queue(shown));
    return "review/list";
  }

  @GetMapping("/{id}")
  String group(@PathVariable long id, Model model) {
    GroupView view = review.view(id);
    model.addAttribute("group", view);
    model.addAttribute("candidates", mergeTargets(view));
    return "review/detail";
  }

  /** Agreements to merge into: the registry match first, then the others by title. */
  private List<AgreementView> mergeTargets(GroupView view) {
    List<AgreementView> all =
        new java.util.ArrayList<>(
            agreements
                .search(
                    new AgreementQuery(
                        null,
                        null,
                        null,
                        java.time.LocalDate.now(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        200,
                        "title,asc"))
                .items());
    if (view.registryMatchId() != null) {
      all.sort(
          java.util.Comparator.comparing(
              (AgreementView v) -> !view.registryMatchId().equals(v.agreement().id())));
    }
    return all;
  }

  @PostMapping("/{id}/terima")
  String accept(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      long agreement = review.accept(id, choices(form, false));
      redirect.addFlashAttribute("flash", "flash.review.accepted");
      return "redirect:/perjanjian/" + agreement;
    } catch (InvalidFieldException | DecisionConflictException e) {
      return again(id, e, model, response);
    }
  }

  @PostMapping("/{id}/gabung")
  String merge(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Long agreementId,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      if (agreementId == null) {
        throw new InvalidFieldException("agreementId", "review.error.chooseAgreement");
      }
      long agreement = review.merge(id, agreementId, choices(form, true));
      redirect.addFlashAttribute("flash", "flash.review.merged");
      return "redirect:/perjanjian/" + agreement;
    } catch (InvalidFieldException | DecisionConflictException e) {
      return again(id, e, model, response);
    }
  }

  @PostMapping("/{id}/tolak")
  String reject(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String reason,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      review.reject(id, reason);
      redirect.addFlashAttribute("flash", "flash.review.rejected");
      return "redirect:/tinjauan";
    } catch (InvalidFieldException | DecisionConflictException e) {
      return again(id, e, model, response);
    }
  }

  /** The group page again, with the problem beside the forms (400, or 409 when decided). */
  private String again(long id, RuntimeException e, Model model, HttpServletResponse response) {
    response.setStatus(e instanceof DecisionConflictException ? 409 : 400);
    String message;
    if (e instanceof DecisionConflictException) {
      message = "review.error.decided";
    } else if (e instanceof InvalidFieldException field && field.field().equals("reason")) {
      message = "review.error.reason";
    } else if (e instanceof InvalidFieldException field && field.field().equals("agreementId")) {
      message = "review.error.chooseAgreement";
    } else {
      message = "review.error.invalid";
    }
    model.addAttribute("problem", message);
    model.addAttribute("problemDetail", e.getMessage());
    return group(id, model);
  }

  /** Radio buttons {@code field.CODE=INDEX}; for a merge only the mergeable fields count. */
  private static Map<String, Integer> choices(Map<String, String> form, boolean merge) {
    Map<String, Integer> choices = new LinkedHashMap<>();
    Map<String, String> fields = new HashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("field.")) {
            fields.put(k.substring(6), v);
          }
        });
    for (Map.Entry<String, String> e : fields.entrySet()) {
      Field field =
          Field.ofCode(e.getKey())
              .orElseThrow(
                  () -> new InvalidFieldException("fields." + e.getKey(), "unknown field"));
      if (merge && !field.mergeable()) {
        continue;
      }
      try {
        choices.put(field.code(), Integer.parseInt(e.getValue()));
      } catch (NumberFormatException ex) {
        throw new InvalidFieldException("fields." + field.code(), "not an option number");
      }
    }
    return choices;
  }
}
