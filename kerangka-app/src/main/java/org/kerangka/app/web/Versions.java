package org.kerangka.app.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** ETags carry the aggregate version; changes must send it back in {@code If-Match}. */
public final class Versions {
  private Versions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Checks an {@code If-Match} header against the current version: 428 when missing, 409 when it
   * names another version.
   */
  public static void requireMatch(@Nullable String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_REQUIRED,
          "send the ETag of the version you changed in an If-Match header");
    }
    String value = ifMatch.strip();
    if (value.equals("*")) {
      return;
    }
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "").strip();
    if (!value.equals(Long.toString(current))) {
      throw new StaleVersionException(current);
    }
  }
}
