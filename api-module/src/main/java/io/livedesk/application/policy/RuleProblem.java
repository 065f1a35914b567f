package io.livedesk.application.policy;

/**
 * Why a rule set was rejected, pointing at the place to fix. Line and column start at 1; 0 when the problem is
 * not in one place (a missing file).
 */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
