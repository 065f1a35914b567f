/** Tests of LiveDesk as a newcomer meets it: the server started with nothing configured. */
package it.livedesk.setup;
