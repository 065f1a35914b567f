/**
 * Telling a customer's language from their message when their contact has no locale: Optimaize's n-gram
 * detector, restricted to the languages LiveDesk is configured for, loaded in the background after start-up.
 */
package io.livedesk.rules.language;
