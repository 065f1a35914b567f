/**
 * In-container tests (Arquillian, JUnit 5): the packaged EAR plus these classes, deployed to a server of
 * their own, calling the services and the database directly, the way the application itself does.
 */
package it.livedesk.incontainer;
