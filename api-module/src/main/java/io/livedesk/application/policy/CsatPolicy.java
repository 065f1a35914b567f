package io.livedesk.application.policy;

/**
 * Whether a resolved conversation gets a satisfaction survey. When it does not, the decision's reasons say why,
 * for the survey record's NOT_SENT status.
 */
public interface CsatPolicy {

    MessageDecision decide(SurveyRequest request);
}
