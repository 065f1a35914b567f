/** People who sign in (administrators and agents), their availability, and their bearer tokens. */
package io.livedesk.domain.account;
