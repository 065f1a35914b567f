/** Conversations: the thread between a customer and the business in one inbox, with its status and assignee. */
package io.livedesk.domain.conversation;
