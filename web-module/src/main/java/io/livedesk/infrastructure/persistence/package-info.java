/**
 * The database: Flyway migrations run at start-up, and the JPA repositories of the domain's aggregates.
 * Queries that lists depend on are written here with the indexes of the migrations in mind.
 */
package io.livedesk.infrastructure.persistence;
