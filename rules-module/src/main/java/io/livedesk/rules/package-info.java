/**
 * The Drools implementations of the policy ports: the only package of LiveDesk that imports org.kie or
 * org.drools. It builds the rule base from the DRL files, and hands out decisions, never sessions.
 */
package io.livedesk.rules;
