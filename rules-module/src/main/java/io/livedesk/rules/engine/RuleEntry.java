package io.livedesk.rules.engine;

/**
 * One rule as written: its id and full name, where it is, and its rank among all rules of the set. The rank
 * is the written order (file names, then position in the file), and it is what "the first rule that matches
 * decides" means.
 */
public record RuleEntry(String id, String name, String file, int line, int rank) {
}
