/** The rule sets analysts published: every version, with who published it and when, so any can come back. */
package io.livedesk.domain.policy;
