/**
 * The REST API, version 1, under {@code /api/v1}. Resources are thin: they read the request, call one use
 * case with the {@link io.livedesk.application.Actor} of the call, and return its view. Errors leave as
 * {@code application/problem+json} (RFC 9457) from the mappers here; a stack trace never does.
 */
package io.livedesk.interfaces.rest;
