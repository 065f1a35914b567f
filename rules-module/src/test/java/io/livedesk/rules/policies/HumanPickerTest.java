package io.livedesk.rules.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.inbox.AssignmentMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HumanPickerTest {

    /** An agent's state as the web module would store it between decisions. */
    private static final class Agent {
        final long id;
        final int capacity;
        int open;
        long lastSequence;
        int assigned;

        Agent(long id, int capacity, int open) {
            this.id = id;
            this.capacity = capacity;
            this.open = open;
        }

        CandidateAgent candidate() {
            return new CandidateAgent(id, "agent" + id + "@example.com", "Agent " + id, Availability.ONLINE, true,
                    Set.of(), open, capacity, lastSequence);
        }
    }

    @Nested
    class RoundRobin {

        @Test
        void overManyConversationsEveryAgentGetsTheSameNumberGiveOrTakeOne() {
            List<Agent> agents = new ArrayList<>();
            for (long id = 1; id <= 7; id++) {
                agents.add(new Agent(id, 1000, 0));
            }
            long sequence = 0;
            for (int conversation = 0; conversation < 250; conversation++) {
                CandidateAgent chosen = HumanPicker.pick(AssignmentMethod.ROUND_ROBIN,
                        agents.stream().map(Agent::candidate).toList()).orElseThrow().agent();
                Agent agent = agents.stream().filter(a -> a.id == chosen.userId()).findFirst().orElseThrow();
                agent.assigned++;
                agent.lastSequence = ++sequence;
                IntSummaryStatistics counts = agents.stream().mapToInt(a -> a.assigned).summaryStatistics();
                assertTrue(counts.getMax() - counts.getMin() <= 1, "after " + (conversation + 1) + ": " + counts);
            }
        }

        @Test
        void agentsTakeTurnsInTheOrderTheyWereLastAssigned() {
            List<CandidateAgent> agents = List.of(
                    new CandidateAgent(1, "", "Alice", Availability.ONLINE, true, Set.of(), 0, 10, 30),
                    new CandidateAgent(2, "", "Bob", Availability.ONLINE, true, Set.of(), 0, 10, 10),
                    new CandidateAgent(3, "", "Chloe", Availability.ONLINE, true, Set.of(), 0, 10, 20));

            assertEquals(2L, HumanPicker.pick(AssignmentMethod.ROUND_ROBIN, agents).orElseThrow().agent().userId());
        }

        @Test
        void someoneNeverAssignedGoesFirst() {
            List<CandidateAgent> agents = List.of(
                    new CandidateAgent(1, "", "Alice", Availability.ONLINE, true, Set.of(), 0, 10, 5),
                    new CandidateAgent(8, "", "Newcomer", Availability.ONLINE, true, Set.of(), 0, 10, 0));

            HumanPicker.Pick pick = HumanPicker.pick(AssignmentMethod.ROUND_ROBIN, agents).orElseThrow();
            assertEquals(8L, pick.agent().userId());
            assertTrue(pick.tieBreak().contains("never before"), pick.tieBreak());
        }
    }

    @Nested
    class LoadBased {

        @Test
        void assigningUntilEveryoneIsFullNeverPutsAnAgentAboveCapacity() {
            List<Agent> agents = List.of(new Agent(1, 3, 0), new Agent(2, 5, 2), new Agent(3, 8, 7), new Agent(4, 2, 0));
            int room = agents.stream().mapToInt(a -> a.capacity - a.open).sum();
            long sequence = 0;
            for (int conversation = 0; conversation < room + 5; conversation++) {
                List<CandidateAgent> eligible = agents.stream().filter(a -> a.open < a.capacity)
                        .map(Agent::candidate).toList();
                var pick = HumanPicker.pick(AssignmentMethod.LOAD_BASED, eligible);
                if (pick.isEmpty()) {
                    assertEquals(room, conversation, "the queue starts only once every agent is full");
                    break;
                }
                Agent agent = agents.stream().filter(a -> a.id == pick.get().agent().userId()).findFirst().orElseThrow();
                agent.open++;
                agent.lastSequence = ++sequence;
                assertTrue(agent.open <= agent.capacity, "agent " + agent.id + " above capacity");
            }
            assertTrue(agents.stream().allMatch(a -> a.open == a.capacity));
        }

        @Test
        void theLoadIsSpreadInProportionToCapacity() {
            List<Agent> agents = List.of(new Agent(1, 10, 0), new Agent(2, 5, 0));
            Map<Long, Integer> taken = new HashMap<>();
            long sequence = 0;
            for (int conversation = 0; conversation < 9; conversation++) {
                CandidateAgent chosen = HumanPicker.pick(AssignmentMethod.LOAD_BASED,
                        agents.stream().map(Agent::candidate).toList()).orElseThrow().agent();
                Agent agent = agents.stream().filter(a -> a.id == chosen.userId()).findFirst().orElseThrow();
                agent.open++;
                agent.lastSequence = ++sequence;
                taken.merge(agent.id, 1, Integer::sum);
            }
            assertEquals(Map.of(1L, 6, 2L, 3), taken, taken.entrySet().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }

        @Test
        void equalLoadsGoToWhoeverWasAssignedLeastRecently() {
            List<CandidateAgent> agents = List.of(
                    new CandidateAgent(1, "", "Alice", Availability.ONLINE, true, Set.of(), 2, 10, 9),
                    new CandidateAgent(2, "", "Bob", Availability.ONLINE, true, Set.of(), 1, 5, 4));

            HumanPicker.Pick pick = HumanPicker.pick(AssignmentMethod.LOAD_BASED, agents).orElseThrow();
            assertEquals(2L, pick.agent().userId());
            assertTrue(pick.tieBreak().contains("2 agents share the lowest load"), pick.tieBreak());
        }
    }
}
