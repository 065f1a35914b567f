/**
 * LiveDesk's configuration: every key is a MicroProfile Config property (environment variable in upper
 * case with underscores) and is listed, with its default, in the README's table.
 */
package io.livedesk.infrastructure.config;
