/** Files LiveDesk keeps itself: copies of attachments and profile pictures whose original links expire. */
package io.livedesk.domain.file;
