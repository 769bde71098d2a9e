package org.kerangka.app.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kerangka.iati.*}: the organisation that publishes the IATI activity file.
 *
 * @param reportingOrgRef its IATI organisation identifier; the default {@code XX-KERANGKA} is a
 *     placeholder (XX is no registration agency) to replace with the real one before publishing
 * @param reportingOrgName its name, as the file's narrative
 * @param reportingOrgType its IATI OrganisationType code; 10 (Government) by default
 */
@ConfigurationProperties("kerangka.iati")
record IatiProperties(
    @DefaultValue("XX-KERANGKA") String reportingOrgRef,
    @DefaultValue("Kementerian Perindustrian Republik Indonesia") String reportingOrgName,
    @DefaultValue("10") String reportingOrgType) {}
