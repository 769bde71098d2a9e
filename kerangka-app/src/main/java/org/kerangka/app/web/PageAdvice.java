package org.kerangka.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs: links to the same page in the other language, and a readable page in the
 * user's language when a page asks for what is not there. Other errors, and every error outside the
 * pages (unknown addresses included), stay with the REST problem details.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the REST ProblemHandler, which applies everywhere
class PageAdvice {

  /** The current address with {@code lang=id} and {@code lang=en}, keeping the filters. */
  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    String path = request.getRequestURI();
    String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
    return Map.of("id", link(path, query, "id"), "en", link(path, query, "en"));
  }

  private static String link(String path, @Nullable String query, String lang) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam("lang", lang)
        .build()
        .toUriString();
  }

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(
      Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("languageLinks", languageLinks(request));
    return "error/not-found";
  }
}
