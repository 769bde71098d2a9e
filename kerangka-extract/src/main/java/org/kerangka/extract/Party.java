package org.kerangka.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation bound by an agreement.
 *
 * @param name canonical name
 * @param aliases the surface forms the text uses for it, plus other known names
 * @param country ISO 3166-1 alpha-2, or null when unknown
 * @param kind what kind of organisation it is
 */
public record Party(String name, List<String> aliases, @Nullable String country, PartyKind kind) {
  public Party {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(kind, "kind");
  }
}
