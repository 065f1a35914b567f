/**
 * The implementations of the use cases in {@code io.livedesk.application}: one transaction per call, access
 * checked first, views built before the transaction ends so no lazy loading leaks out to the REST layer.
 */
package io.livedesk.application.internal;
