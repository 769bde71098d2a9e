package org.kerangka.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into RFC 9457 problem details. Client mistakes are 4xx with what was wrong, field by
 * field when a body or parameter did not validate; never a 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail stale(StaleVersionException e) {
    return problem(HttpStatus.CONFLICT, "Stale version", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail stale(OptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Stale version",
        "the resource was changed meanwhile; read it again and retry");
  }

  @ExceptionHandler
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail constraint(DataIntegrityViolationException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflicts with stored data",
        "the change breaks a rule of the stored data (a reference or a unique value)");
  }

  @ExceptionHandler
  ProblemDetail badArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      String message =
          error.isBindingFailure() && error.contains(TypeMismatchException.class)
              ? mismatch(error.unwrap(TypeMismatchException.class))
              : String.valueOf(error.getDefaultMessage());
      errors.add(error(error.getField(), message));
    }
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(e -> errors.add(error(e.getObjectName(), String.valueOf(e.getDefaultMessage()))));
    boolean body = ex.getParameter().hasParameterAnnotation(RequestBody.class);
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            body ? "the request body has invalid fields" : "some parameters are invalid");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A parameter of the wrong type (an unknown status, a malformed date) names the parameter. */
  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = mismatch(ex);
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", message);
    String name =
        ex instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : String.valueOf(ex.getPropertyName());
    problem.setProperty("errors", List.of(error(name, message)));
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String mismatch(TypeMismatchException e) {
    String value = String.valueOf(e.getValue());
    Class<?> type = e.getRequiredType();
    return type != null && type.isEnum()
        ? "'" + value + "' is not one of " + List.of(type.getEnumConstants())
        : "'" + value + "' is not a valid " + (type == null ? "value" : type.getSimpleName());
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            result -> {
              String name = result.getMethodParameter().getParameterName();
              result
                  .getResolvableErrors()
                  .forEach(
                      e ->
                          errors.add(
                              error(
                                  name == null ? "parameter" : name,
                                  String.valueOf(e.getDefaultMessage()))));
            });
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "Invalid request", "some parameters are invalid");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Malformed request body",
            "the body is not valid JSON for this request: " + firstLine(ex.getMessage()));
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
