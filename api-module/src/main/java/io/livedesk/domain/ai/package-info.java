/** AI agents (GPT models) that can take conversations of an inbox. */
package io.livedesk.domain.ai;
