package io.livedesk.application;

import java.util.List;

/**
 * One page of a list, and the cursor that fetches the next one (null on the last page). Cursors are
 * opaque to clients; they encode the position, not an offset, so deep pages cost what the first does.
 */
public record Page<T>(List<T> items, String nextCursor) {
}
