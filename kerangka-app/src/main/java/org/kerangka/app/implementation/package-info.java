/**
 * Implementation records: projects, programmes and activities under an agreement (IATI 2.03 in
 * spirit), with participating organisations, spending, documents and result indicators.
 */
@NullMarked
package org.kerangka.app.implementation;

import org.jspecify.annotations.NullMarked;
