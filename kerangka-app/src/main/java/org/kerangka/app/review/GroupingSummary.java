package org.kerangka.app.review;

/**
 * What a grouping run left: open candidate groups, how many look like a registry record, and
 * reports attached to agreements already decided.
 *
 * @param mentions agreement mentions considered
 * @param openGroups candidate groups waiting for review
 * @param matchingRegistry open groups that look like an agreement already in the registry
 * @param attached new reports attached automatically to accepted or merged agreements
 * @param joinedRejected new reports of rejected groups (they stay rejected)
 */
public record GroupingSummary(
    int mentions, int openGroups, int matchingRegistry, int attached, int joinedRejected) {

  /** Open groups that match no registry record: new agreements. */
  public int newAgreements() {
    return openGroups - matchingRegistry;
  }
}
