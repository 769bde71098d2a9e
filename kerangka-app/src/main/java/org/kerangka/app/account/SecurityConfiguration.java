package org.kerangka.app.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains built from the one {@link AccessRules} table. {@code /api/**}: stateless,
 * personal API tokens ({@code Authorization: Bearer}), no session and so no CSRF token needed, 401
 * and 403 as problem details. Everything else: pages with form login at {@code /login}, a new
 * session id at login, CSRF tokens on every form and htmx request, logout that ends the session,
 * and a Content-Security-Policy without inline scripts or styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
  }

  /**
   * Downloads the pages link to (exports under {@code /api/v1/exports/**}) and the calendar feed:
   * read-only, so they take a personal API token (scripts, calendar clients) or the page session of
   * a logged-in browser. The session is only read here, never created; the table has GET rows only
   * for these addresses, so no request that changes anything gets through and CSRF tokens are not
   * needed. Refusals are 401/403 problem details, as on the API.
   */
  @Bean
  @Order(0)
  SecurityFilterChain downloadSecurity(
      HttpSecurity http,
      ApiTokens tokens,
      SecurityEvents events,
      Problems problems,
      RoleHierarchy hierarchy) {
    http.securityMatcher("/api/v1/exports/**", "/calendar.ics")
        .authorizeHttpRequests(rules -> rules(rules, hierarchy))
        .csrf(csrf -> csrf.disable()) // GET rows only (see above)
        .securityContext(
            c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, events, problems), AuthorizationFilter.class);
    refusalsAsProblems(http, events, problems);
    http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
    return http.build();
  }

  private static void refusalsAsProblems(
      HttpSecurity http, SecurityEvents events, Problems problems) {
    http.exceptionHandling(
        e ->
            e.authenticationEntryPoint(
                    (request, response, ex) -> {
                      events.record(SecurityEvents.Kind.ACCESS_REFUSED, null, request);
                      problems.write(
                          response,
                          HttpServletResponse.SC_UNAUTHORIZED,
                          "Unauthorized",
                          "send a personal API token: Authorization: Bearer <token>");
                    })
                .accessDeniedHandler(
                    (request, response, ex) -> {
                      events.record(SecurityEvents.Kind.ACCESS_REFUSED, user(request), request);
                      problems.write(
                          response,
                          HttpServletResponse.SC_FORBIDDEN,
                          "Forbidden",
                          "your role does not allow this request");
                    }));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ApiTokens tokens,
      SecurityEvents events,
      Problems problems,
      RoleHierarchy hierarchy) {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(rules -> rules(rules, hierarchy))
        .csrf(csrf -> csrf.disable()) // no cookies authenticate here: only the bearer header
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, events, problems), AuthorizationFilter.class);
    refusalsAsProblems(http, events, problems);
    http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
    return http.build();
  }

  /**
   * The API documentation: open like every row of the table says, with a policy that lets Swagger
   * UI set the inline styles it needs (its scripts still come from the server only).
   */
  @Bean
  @Order(2)
  SecurityFilterChain apiDocsSecurity(HttpSecurity http, RoleHierarchy hierarchy) {
    http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
        .authorizeHttpRequests(rules -> rules(rules, hierarchy))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c ->
                        c.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self'"
                                + " 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                                + " frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pageSecurity(
      HttpSecurity http,
      Accounts accounts,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      SecurityEvents events,
      RoleHierarchy hierarchy) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
    passwords.setPasswordEncoder(encoder);
    LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    LogoutHandler logoutEvent =
        (request, response, authentication) -> {
          if (authentication != null) {
            events.record(SecurityEvents.Kind.LOGOUT, authentication.getName(), request);
          }
        };
    http.authorizeHttpRequests(rules -> rules(rules, hierarchy))
        // its own manager, with no parent that could check the password behind the throttle
        .authenticationManager(new ProviderManager(new ThrottledLogin(passwords, throttle, events)))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(
                        (request, response, ex) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (ex instanceof ThrottledLogin.ThrottledException t
                                        ? "/login?throttled=" + minutes(t)
                                        : "/login?error")))
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(logoutEvent)
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("JSESSIONID")
                    .logoutSuccessUrl("/login?logout"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) -> {
                          events.record(SecurityEvents.Kind.ACCESS_REFUSED, null, request);
                          login.commence(request, response, ex);
                        })
                    .accessDeniedHandler(
                        (request, response, ex) -> {
                          events.record(
                              SecurityEvents.Kind.ACCESS_REFUSED,
                              user(request),
                              request.getRemoteAddr(),
                              request.getMethod()
                                  + " "
                                  + request.getRequestURI()
                                  + " "
                                  + ex.getClass().getSimpleName());
                          response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        }))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry,
      RoleHierarchy hierarchy) {
    for (AccessRules.Rule rule : AccessRules.RULES) {
      var url = registry.requestMatchers(rule.matcher());
      if (rule.open()) {
        url.permitAll();
      } else {
        AuthorityAuthorizationManager<
                org.springframework.security.web.access.intercept.RequestAuthorizationContext>
            manager =
                AuthorityAuthorizationManager.hasAnyRole(
                    rule.roles().stream().map(Role::name).toArray(String[]::new));
        manager.setRoleHierarchy(hierarchy);
        url.access(manager);
      }
    }
    registry.anyRequest().denyAll(); // deny by default
  }

  private static long minutes(ThrottledLogin.ThrottledException e) {
    return Math.max(1, (e.waitFor().toSeconds() + 59) / 60);
  }

  private static @org.jspecify.annotations.Nullable String user(
      jakarta.servlet.http.HttpServletRequest request) {
    java.security.Principal principal = request.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }
}
