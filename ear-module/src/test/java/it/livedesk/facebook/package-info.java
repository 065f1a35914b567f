/** The Facebook Page channel against the running server, driven with the shared fixtures byte for byte. */
package it.livedesk.facebook;
