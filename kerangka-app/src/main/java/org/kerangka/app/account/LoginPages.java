package org.kerangka.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login page (the form posts to Spring Security's {@code POST /login}) and the first-admin
 * setup page that consumes the one-time setup token.
 */
@PageController
class LoginPages {
  private final SetupToken setup;
  private final Accounts accounts;
  private final SecurityEvents events;
  private final PasswordPolicy policy;

  LoginPages(SetupToken setup, Accounts accounts, SecurityEvents events, PasswordPolicy policy) {
    this.setup = setup;
    this.accounts = accounts;
    this.events = events;
    this.policy = policy;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) @Nullable String error,
      @RequestParam(required = false) @Nullable String throttled,
      @RequestParam(required = false) @Nullable String logout,
      Model model) {
    model.addAttribute("error", error != null);
    model.addAttribute("throttledMinutes", minutes(throttled));
    model.addAttribute("loggedOut", logout != null);
    model.addAttribute("setupNeeded", !accounts.hasAdmin());
    return "account/login";
  }

  @GetMapping("/setup")
  String setupForm(
      @RequestParam(required = false) @Nullable String token,
      Model model,
      HttpServletResponse response) {
    if (!setup.matches(token)) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("invalid", true);
      return "account/setup";
    }
    model.addAttribute("token", token);
    return "account/setup";
  }

  @PostMapping("/setup")
  String setup(
      @RequestParam(required = false) @Nullable String token,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String repeat,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!setup.matches(token)) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("invalid", true);
      return "account/setup";
    }
    model.addAttribute("token", token);
    model.addAttribute("username", username);
    if (!password.equals(repeat)) {
      return setupError(model, response, "password", "setup.repeatDiffers");
    }
    var problem = policy.check(username.strip(), password);
    if (problem.isPresent()) {
      return setupError(model, response, "password", problem.get().key());
    }
    try {
      synchronized (this) {
        if (!setup.matches(token)) {
          response.setStatus(HttpStatus.NOT_FOUND.value());
          model.addAttribute("invalid", true);
          return "account/setup";
        }
        accounts.create(username.strip(), password, Role.ADMIN, Set.of());
        setup.consume(token);
      }
    } catch (AccountException e) {
      return setupError(model, response, e.field(), null, e.getMessage());
    }
    events.record(SecurityEvents.Kind.SETUP, username.strip(), request);
    redirect.addFlashAttribute("flash", "setup.done");
    return "redirect:/login";
  }

  private static String setupError(
      Model model, HttpServletResponse response, String field, String key) {
    return setupError(model, response, field, key, null);
  }

  private static String setupError(
      Model model,
      HttpServletResponse response,
      String field,
      @Nullable String key,
      @Nullable String text) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("errorField", field);
    model.addAttribute("errorKey", key);
    model.addAttribute("errorText", text);
    return "account/setup";
  }

  private static @Nullable Long minutes(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Math.max(1, Long.parseLong(value));
    } catch (NumberFormatException e) {
      return 1L;
    }
  }
}
