package org.kerangka.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the page language on {@code ?lang=id} or {@code ?lang=en}; other values are ignored, so
 * a hand-typed {@code ?lang=fr} cannot leave the pages in a language without messages.
 */
final class LanguageSwitch implements HandlerInterceptor {
  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    String lang = request.getParameter("lang");
    Locale locale =
        "en".equals(lang) ? Locale.ENGLISH : "id".equals(lang) ? Pages.INDONESIAN : null;
    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
    if (locale != null && resolver != null) {
      resolver.setLocale(request, response, locale);
    }
    return true;
  }
}
