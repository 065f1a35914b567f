package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure every rule set keeps, checked before it may decide anything, because the decisions depend on
 * it: the expected files are there (each policy finds its rules where it looks for them); every rule's name
 * starts with an id such as {@code ROUTE-010} (decisions record it); ids are unique (a decision names one rule);
 * and within a file, ids go up in the written order (routing rules apply in that order, so their numbers must
 * not tell a different story).
 */
public final class RuleSetStructure {

    /** The files each policy needs, relative to the rules folder. */
    public static final List<String> EXPECTED_FILES = List.of(
            "assignment/10-routing.drl",
            "assignment/20-ai-agent.drl",
            "assignment/30-human.drl",
            "csat/10-survey.drl",
            "greeting/10-greeting.drl",
            "hours/10-out-of-office.drl");

    private static final Pattern RULE = Pattern.compile("^(\\s*)rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern ID = Pattern.compile("^([A-Z][A-Z0-9]*)-(\\d{3,}) \\S.*");

    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, RuleEntry> byName = new HashMap<>();
    private final Map<String, RuleEntry> byId = new HashMap<>();
    private int rank;

    private RuleSetStructure() {
    }

    /** The problems found (empty when the structure holds) and the rules as written. */
    public record Result(List<RuleProblem> problems, RuleCatalog catalog) {
    }

    public static Result check(RuleSet set) {
        RuleSetStructure structure = new RuleSetStructure();
        for (String expected : EXPECTED_FILES) {
            if (set.file(expected).isEmpty()) {
                structure.problems.add(new RuleProblem(expected, 0, 0, "expected file is missing"));
            }
        }
        for (RuleFile file : set.files()) {
            if (List.of(file.path().split("/")).contains("..") || file.path().contains(":")) {
                structure.problems.add(new RuleProblem(file.path(), 0, 0, "a rule file must stay inside the rules folder"));
                continue;
            }
            if (!file.path().endsWith(".drl")) {
                structure.problems.add(new RuleProblem(file.path(), 0, 0, "only .drl files belong to a rule set"));
                continue;
            }
            structure.read(file);
        }
        return new Result(List.copyOf(structure.problems), new RuleCatalog(structure.byName));
    }

    private void read(RuleFile file) {
        String[] lines = file.content().split("\r?\n", -1);
        boolean inBlockComment = false;
        Map<String, Integer> lastNumberByPrefix = new HashMap<>();
        Map<String, String> lastIdByPrefix = new HashMap<>();
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (inBlockComment) {
                int end = line.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inBlockComment = false;
                line = " ".repeat(end + 2) + line.substring(end + 2);
            }
            if (line.stripLeading().startsWith("/*") && !line.contains("*/")) {
                inBlockComment = true;
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (!rule.find()) {
                continue;
            }
            int lineNumber = index + 1;
            String name = rule.group(3) != null ? rule.group(3) : rule.group(4) != null ? rule.group(4) : rule.group(5);
            int column = rule.start(2) + 1;
            Matcher id = ID.matcher(name);
            if (!id.matches()) {
                problems.add(new RuleProblem(file.path(), lineNumber, column, "rule \"" + name
                        + "\" must start with an id such as ROUTE-010, then a space and what it does"));
                continue;
            }
            String ruleId = id.group(1) + "-" + id.group(2);
            RuleEntry entry = new RuleEntry(ruleId, name, file.path(), lineNumber, rank++);
            RuleEntry earlier = byId.putIfAbsent(ruleId, entry);
            if (earlier != null) {
                problems.add(new RuleProblem(file.path(), lineNumber, column, "rule id " + ruleId
                        + " is already used at " + earlier.file() + ":" + earlier.line()));
                continue;
            }
            byName.put(name, entry);
            int number = Integer.parseInt(id.group(2));
            Integer previous = lastNumberByPrefix.put(id.group(1), number);
            if (previous != null && previous >= number) {
                problems.add(new RuleProblem(file.path(), lineNumber, column, ruleId + " comes after "
                        + lastIdByPrefix.get(id.group(1)) + ": rules apply in the written order, so number them in"
                        + " that order"));
            }
            lastIdByPrefix.put(id.group(1), ruleId);
        }
    }
}
