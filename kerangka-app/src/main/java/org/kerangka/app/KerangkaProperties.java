package org.kerangka.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kerangka.*}.
 *
 * @param demoData load the bundled seed article into an empty registry on startup
 */
@ConfigurationProperties("kerangka")
public record KerangkaProperties(@DefaultValue("true") boolean demoData) {}
