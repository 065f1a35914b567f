/**
 * LiveDesk's use cases as interfaces, the views they return and the problems they report. Callers
 * (REST resources, webhooks, workers) depend on these; the implementations live in the web module's
 * {@code application.internal} package. Views are records that JSON-B writes as they are.
 */
package io.livedesk.application;
