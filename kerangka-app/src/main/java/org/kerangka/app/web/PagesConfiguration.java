package org.kerangka.app.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages speak Indonesian unless the user asks for English with {@code ?lang=en}; the choice is
 * remembered in a cookie. The browser's Accept-Language is ignored on purpose: the bureau works in
 * Indonesian, and English is a deliberate switch.
 */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("kerangka-lang");
    resolver.setDefaultLocale(Pages.INDONESIAN);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch());
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/", "/perjanjian");
  }
}
