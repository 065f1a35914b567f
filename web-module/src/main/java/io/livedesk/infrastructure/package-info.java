/** Adapters to the world outside the domain: database, configuration, cryptography, external services. */
package io.livedesk.infrastructure;
