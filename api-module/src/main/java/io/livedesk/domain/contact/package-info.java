/** Customers and their identity in each channel (for Facebook, the page-scoped id). */
package io.livedesk.domain.contact;
