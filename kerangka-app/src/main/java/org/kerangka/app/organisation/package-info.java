/** Organisations that sign agreements: ministries, agencies, companies, universities. */
@NullMarked
package org.kerangka.app.organisation;

import org.jspecify.annotations.NullMarked;
