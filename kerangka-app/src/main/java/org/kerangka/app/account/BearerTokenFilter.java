package org.kerangka.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST API requests that carry {@code Authorization: Bearer <token>}: a valid token
 * logs its account in for this request only (nothing is kept in a session); an invalid one is
 * answered 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
  private final ApiTokens tokens;
  private final SecurityEvents events;
  private final Problems problems;

  BearerTokenFilter(ApiTokens tokens, SecurityEvents events, Problems problems) {
    this.tokens = tokens;
    this.events = events;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Account> account = tokens.authenticate(header.substring(7).strip());
    if (account.isEmpty()) {
      events.record(SecurityEvents.Kind.TOKEN_REFUSED, null, request);
      problems.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Unauthorized",
          "the API token is unknown, expired or revoked");
      return;
    }
    Account user = account.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.username(), null, List.of(new SimpleGrantedAuthority(user.role().authority()))));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
