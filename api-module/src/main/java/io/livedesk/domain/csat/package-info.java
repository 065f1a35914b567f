/** Customer-satisfaction surveys sent when a conversation is resolved, and the customers' answers. */
package io.livedesk.domain.csat;
