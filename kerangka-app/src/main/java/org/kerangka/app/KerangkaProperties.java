package org.kerangka.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kerangka.*}.
 *
 * @param demoData load the bundled seed article into an empty registry on startup
 * @param dataDir where the application keeps its files (the search index in {@code index/})
 */
@ConfigurationProperties("kerangka")
public record KerangkaProperties(
    @DefaultValue("true") boolean demoData, @DefaultValue("./data") Path dataDir) {}
