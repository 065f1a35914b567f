/**
 * A fake of Facebook for the server-backed tests: the Graph API, the login dialog and the webhook sender, all on
 * one local port, built from {@code shared/facebook/REFERENCE.md} and answering with the shared fixtures' bodies.
 *
 * <p>Tests talk to {@link it.livedesk.support.facebook.FakeFacebook} only: it creates users, Pages and customers,
 * decides how the next login goes, injects faults, records what LiveDesk sent, and plays Facebook's webhooks
 * towards LiveDesk. Everything else here is the fake's inside (one class per endpoint family).
 *
 * <p>Nothing in this package knows LiveDesk's code: the fake speaks Facebook's wire format, so a test proves that
 * LiveDesk's real client works against what Facebook really does.
 */
package it.livedesk.support.facebook;
