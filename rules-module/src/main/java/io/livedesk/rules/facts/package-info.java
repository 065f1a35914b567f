/**
 * What the rules see and what they write. Facts ({@link io.livedesk.rules.facts.Conversation},
 * {@link io.livedesk.rules.facts.HumanAssignment}, {@link io.livedesk.rules.facts.OutOfOfficeCase},
 * {@link io.livedesk.rules.facts.SurveyCase}) add to the caller's records what is derived (language, local time,
 * open or closed, minutes since); rules read their getters by property name. The notes rules write into
 * ({@link io.livedesk.rules.facts.AssignmentNotes}, {@link io.livedesk.rules.facts.CandidateNotes},
 * {@link io.livedesk.rules.facts.MessageNotes}) are DRL globals that remember which rule wrote what. The field
 * names here are the ones the analysts' README lists: renaming one breaks their rules.
 */
package io.livedesk.rules.facts;
