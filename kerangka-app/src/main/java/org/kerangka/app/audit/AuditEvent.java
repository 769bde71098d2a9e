package org.kerangka.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One link of the audit chain, as stored. */
public record AuditEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String entity,
    String entityId,
    String action,
    @Nullable String beforeJson,
    @Nullable String afterJson,
    String prevHash,
    String hash) {

  /** The hash this event must carry: SHA-256 over the previous hash and every field. */
  String expectedHash() {
    return AuditTrail.hash(
        prevHash, seq, occurredAt, actor, entity, entityId, action, beforeJson, afterJson);
  }
}
