/**
 * Schema migrations that SQL alone cannot write the same way for H2 and PostgreSQL (the SQL ones are in
 * {@code db/migration}); named as Flyway names migrations, {@code V<version>__<description>}.
 */
package io.livedesk.infrastructure.persistence.migration;
