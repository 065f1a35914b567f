/** What the server-backed tests share: a REST client for LiveDesk and the test database's set-up. */
package it.livedesk.support;
