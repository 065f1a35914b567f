/**
 * Built-in stand-ins for outside services, so LiveDesk can be tried on a fresh machine without accounts
 * anywhere. Everything here answers under {@code /sandbox/*} and only while a sandbox is enabled; nothing in
 * LiveDesk's own core may depend on it.
 */
package io.livedesk.interfaces.sandbox;
