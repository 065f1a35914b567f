/** Everything that talks to the outside in: the REST API, authentication, health checks, webhooks. */
package io.livedesk.interfaces;
