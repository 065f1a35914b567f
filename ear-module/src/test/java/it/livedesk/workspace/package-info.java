/**
 * The agents' workspace (the WAR's static pages) tested as an agent uses it: in headless Chromium driven by
 * Selenium, against the server the build started. Each test makes its own agent, inbox and customer through
 * the REST API, so tests never depend on one another or on what other test classes left on the server.
 * The administrators' Channels &amp; settings page (channels.html) is tested the same way, with the tests' fake
 * Facebook standing in for Facebook's login dialog and Graph API.
 */
package it.livedesk.workspace;
