/**
 * Monitoring: the dashboard (agreements by country, status, area and instrument; expiry; dormancy;
 * coverage; implementation rate; terms), renewal reminders, the iCalendar feed and the institutions
 * directory.
 */
@NullMarked
package org.kerangka.app.monitoring;

import org.jspecify.annotations.NullMarked;
