/**
 * The built-in Facebook sandbox: plays Facebook's side of the Messenger channel for someone who has no
 * Facebook app. A login dialog with a Page picker, the Graph endpoints LiveDesk calls (tokens, Pages, webhook
 * subscriptions, customer profiles, a Send API that records), and a page where a person writes as a Messenger
 * customer, delivered to LiveDesk as a signed webhook.
 *
 * <p>Shapes, errors and rules imitate Facebook's (see the shared Facebook reference), so the code LiveDesk runs
 * against the sandbox is the code it runs against Facebook. State is small and kept in the data directory, so
 * tokens LiveDesk stored stay valid across restarts. Nothing outside this package may use it; it answers only
 * while {@code FacebookSettings.sandboxEnabled()}.
 */
package io.livedesk.interfaces.sandbox.facebook;
