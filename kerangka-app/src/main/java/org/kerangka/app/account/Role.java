package org.kerangka.app.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. ADMIN includes EDITOR and REVIEWER, and every role includes VIEWER; the
 * {@link AccessRules} name the least role an address needs.
 */
public enum Role {
  VIEWER,
  REVIEWER,
  EDITOR,
  ADMIN;

  /** The Spring Security authority of the role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** This role and every role it includes. */
  public Set<Role> included() {
    return switch (this) {
      case ADMIN -> EnumSet.allOf(Role.class);
      case EDITOR -> EnumSet.of(EDITOR, VIEWER);
      case REVIEWER -> EnumSet.of(REVIEWER, VIEWER);
      case VIEWER -> EnumSet.of(VIEWER);
    };
  }

  /** The role hierarchy in Spring Security's notation. */
  static String hierarchy() {
    return """
        ROLE_ADMIN > ROLE_EDITOR
        ROLE_ADMIN > ROLE_REVIEWER
        ROLE_EDITOR > ROLE_VIEWER
        ROLE_REVIEWER > ROLE_VIEWER
        """;
  }
}
