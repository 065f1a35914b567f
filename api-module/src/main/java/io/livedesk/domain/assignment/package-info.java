/** The record of every assignment decision: which tier decided, which rule, and why. */
package io.livedesk.domain.assignment;
