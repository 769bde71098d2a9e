package org.kerangka.app.audit;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a change is recorded for: the logged-in user (page or API token), else an actor set for the
 * current thread (the CLI sets {@code cli:<os user>}), else {@code system} (demo data, start-up).
 */
public final class AuditActor {
  /** The actor of changes nobody asked for: demo data and start-up work. */
  public static final String SYSTEM = "system";

  private static final ThreadLocal<@Nullable String> ACTOR = new ThreadLocal<>();

  private AuditActor() {}

  /** The actor the next change is recorded for. */
  public static String current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      return auth.getName();
    }
    String actor = ACTOR.get();
    return actor == null ? SYSTEM : actor;
  }

  /** Runs the work with changes recorded for the given actor (when nobody is logged in). */
  public static <T> T as(String actor, Supplier<T> work) {
    String previous = ACTOR.get();
    ACTOR.set(actor);
    try {
      return work.get();
    } finally {
      ACTOR.set(previous);
    }
  }

  /** The actor for changes made through the command line by the current operating-system user. */
  public static String cli() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
