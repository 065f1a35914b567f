/**
 * The Drools implementations of LiveDesk's policy ports: the only module of LiveDesk that imports org.kie or
 * org.drools. Its sub-packages load, check, compile and hot-reload the rule files ({@code engine}), hold the facts
 * rules read and the notes they write ({@code facts}), turn rule outcomes into the decisions callers get
 * ({@code policies}), and detect a customer's language ({@code language}). Callers get decisions, never sessions.
 */
package io.livedesk.rules;
