/**
 * Exports of the registry and its implementation records: CSV and XLSX tables, PDF reports, the
 * renewal dossier and IATI 2.03 activity XML.
 */
@NullMarked
package org.kerangka.app.export;

import org.jspecify.annotations.NullMarked;
