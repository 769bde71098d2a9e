/**
 * Accounts, roles and access: the central access-rule table, form login for pages, personal API
 * tokens for the REST API, the first-admin setup, password policy, login throttling and security
 * events.
 */
@NullMarked
package org.kerangka.app.account;

import org.jspecify.annotations.NullMarked;
