/** Channel webhook deliveries kept as they arrived, until they are processed (or fail and wait for a replay). */
package io.livedesk.domain.webhook;
