package org.kerangka.app.audit;

import java.util.Collection;

/**
 * Whether the current user may read the notes and text of a record between the organisations
 * (implemented by the account feature, so the audit trail does not depend on it).
 */
public interface TextAccess {
  boolean canReadText(Collection<Long> organisations, boolean confidential);
}
