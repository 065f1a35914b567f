/** Messages of a conversation, who sent them, how far their delivery got, and their attachments. */
package io.livedesk.domain.message;
