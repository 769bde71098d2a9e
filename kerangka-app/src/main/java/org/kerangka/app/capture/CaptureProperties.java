package org.kerangka.app.capture;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kerangka.capture.*}.
 *
 * @param maxFileBytes the largest file or upload accepted (default 64 MB)
 * @param maxExpandedBytes the most bytes a compressed file may expand to (default 512 MB)
 * @param batchSize documents stored per transaction when ingesting many
 */
@ConfigurationProperties("kerangka.capture")
public record CaptureProperties(
    @DefaultValue("67108864") long maxFileBytes,
    @DefaultValue("536870912") long maxExpandedBytes,
    @DefaultValue("500") int batchSize) {

  public DocumentFormats.Limits limits() {
    return new DocumentFormats.Limits(maxFileBytes, maxExpandedBytes);
  }
}
