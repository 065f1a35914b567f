/**
 * Facebook's side of the Facebook Page channel: its configuration and the checks of what Facebook sends
 * (webhook signatures). Graph API calls come here too. Nothing outside this package knows Facebook's formats.
 */
package io.livedesk.infrastructure.facebook;
