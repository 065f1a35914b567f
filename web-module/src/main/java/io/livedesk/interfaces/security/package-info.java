/**
 * Bearer-token authentication for the REST API, through Jakarta Security: who is calling, and the
 * {@link io.livedesk.application.Actor} the use cases act for. Role checks are {@code @RolesAllowed} on resources.
 */
package io.livedesk.interfaces.security;
