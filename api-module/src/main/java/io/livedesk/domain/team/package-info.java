/** Teams: groups of agents that routing can hand a conversation to. */
package io.livedesk.domain.team;
