package org.kerangka.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who signed.
 *
 * @param name the name as the text spells it
 * @param title the title at signing, as the text gives it
 * @param onBehalfOf the represented person's name (or title, if unnamed) when the text says the
 *     signatory signed for someone else
 */
public record Signatory(String name, @Nullable String title, @Nullable String onBehalfOf) {
  public Signatory {
    Objects.requireNonNull(name, "name");
  }
}
