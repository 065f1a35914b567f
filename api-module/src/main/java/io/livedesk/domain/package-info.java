/**
 * The helpdesk's domain model: entities, value types and repository interfaces. No JAX-RS, HTTP,
 * Drools or Facebook types belong here; those are adapters in the web and rules modules.
 */
package io.livedesk.domain;
