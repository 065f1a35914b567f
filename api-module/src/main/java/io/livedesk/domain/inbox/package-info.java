/**
 * Inboxes (one per connected channel) with their conversation settings: greeting, CSAT, business hours,
 * assignment method and capacity, members; and the channel state kept apart from them.
 */
package io.livedesk.domain.inbox;
