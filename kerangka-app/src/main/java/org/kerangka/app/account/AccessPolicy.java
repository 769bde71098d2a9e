package org.kerangka.app.account;

import java.util.Collection;
import java.util.Set;
import org.kerangka.app.audit.TextAccess;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Record-level access on top of the {@link AccessRules}: whether the current user may change an
 * agreement between the given organisations (ADMIN always; an EDITOR unless limited to other
 * organisations), and whether they may read the text and notes of a confidential one (the same
 * people). Work with nobody logged in (command line, start-up) is not limited.
 */
@Component
public class AccessPolicy implements TextAccess {
  private final Accounts accounts;

  AccessPolicy(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Whether the current user may change a record between the organisations. */
  public boolean canChange(Collection<Long> organisations) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken) {
      return auth == null; // the CLI and start-up work run without a login
    }
    if (has(auth, Role.ADMIN)) {
      return true;
    }
    if (!has(auth, Role.EDITOR)) {
      return false;
    }
    Set<Long> limited = accounts.find(auth.getName()).map(Account::organisations).orElse(Set.of());
    return limited.isEmpty() || organisations.stream().anyMatch(limited::contains);
  }

  /**
   * The organisations the current user is limited to (an EDITOR given some organisations); empty
   * when the user is not limited: ADMIN, an EDITOR of every organisation, the reading roles, and
   * work without a login.
   */
  public Set<Long> limitedTo() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null
        || auth instanceof AnonymousAuthenticationToken
        || has(auth, Role.ADMIN)
        || !has(auth, Role.EDITOR)) {
      return Set.of();
    }
    return accounts.find(auth.getName()).map(Account::organisations).orElse(Set.of());
  }

  /** Whether the current user may read the notes and text of a record (confidential or not). */
  @Override
  public boolean canReadText(Collection<Long> organisations, boolean confidential) {
    return !confidential || canChange(organisations);
  }

  private static boolean has(Authentication auth, Role role) {
    for (GrantedAuthority authority : auth.getAuthorities()) {
      if (authority.getAuthority().equals(role.authority())) {
        return true;
      }
    }
    return false;
  }
}
