package org.kerangka.app.lifecycle;

/**
 * Where an agreement stands on a given day, as {@link LifecycleCalculator#statusOn} computes it.
 */
public enum AgreementStatus {
  /** Not signed yet, or no signing date is known. */
  PLANNED,
  /** Signed but not yet in force. */
  SIGNED,
  /** In force, and not yet close to its expiry. */
  IN_FORCE,
  /** In force and inside the notice period before expiry (or the last six months without one). */
  EXPIRING,
  /** Past its expiry (including recorded extensions) and not renewed automatically. */
  EXPIRED,
  /** Past its original expiry but in force through an extension or automatic renewal. */
  EXTENDED,
  /** Ended by a recorded termination. */
  TERMINATED
}
