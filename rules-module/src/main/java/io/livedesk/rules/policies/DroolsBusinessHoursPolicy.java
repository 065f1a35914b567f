package io.livedesk.rules.policies;

import io.livedesk.application.policy.BusinessHoursOutcome;
import io.livedesk.application.policy.BusinessHoursPolicy;
import io.livedesk.application.policy.OutOfOfficeRequest;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.CurrentRules;
import io.livedesk.rules.facts.MessageNotes;
import io.livedesk.rules.facts.OutOfOfficeCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Open or closed from the inbox's hours; the out-of-office message from the rules in hours/. */
@ApplicationScoped
public class DroolsBusinessHoursPolicy implements BusinessHoursPolicy {

    private CurrentRules rules;

    /** For CDI's proxy. */
    protected DroolsBusinessHoursPolicy() {
    }

    @Inject
    public DroolsBusinessHoursPolicy(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public BusinessHoursOutcome check(OutOfOfficeRequest request) {
        OpeningHoursClock.Reading hours = OpeningHoursClock.at(request.openingHours(), request.now());
        CompiledRuleSet current = rules.current();
        MessageNotes outOfOffice = new MessageNotes(current.catalog());
        current.run(List.of(new OutOfOfficeCase(request, hours.open(), hours.localTime())), "outOfOffice", outOfOffice);
        return new BusinessHoursOutcome(hours.open(), hours.localTime(), outOfOffice.decision());
    }
}
