package org.kerangka.app.account;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as the application shows it (never with its password hash).
 *
 * @param organisations for an EDITOR, the organisations whose agreements they may change (empty:
 *     all)
 */
public record Account(
    long id,
    String username,
    Role role,
    boolean enabled,
    Instant createdAt,
    Set<Long> organisations) {}
