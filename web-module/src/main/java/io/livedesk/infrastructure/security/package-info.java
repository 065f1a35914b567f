/** Cryptography the platform does not do for us by itself: secrets at rest, password hashing set-up, tokens. */
package io.livedesk.infrastructure.security;
