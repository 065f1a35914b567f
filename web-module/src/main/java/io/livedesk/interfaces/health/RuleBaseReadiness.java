package io.livedesk.interfaces.health;

import io.livedesk.application.policy.RuleBaseStatus;
import io.livedesk.application.policy.RuleBaseStatus.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the rule base compiled; otherwise the problems (file:line:column: message) are in the check's data. */
@Readiness
@ApplicationScoped
public class RuleBaseReadiness implements HealthCheck {

    @Inject
    RuleBaseStatus rules;

    @Override
    public HealthCheckResponse call() {
        Status status = rules.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules").status(status.healthy())
                .withData("rules", status.ruleCount())
                .withData("files", String.join(", ", status.files()));
        for (int i = 0; i < status.problems().size(); i++) {
            response.withData("problem" + (i + 1), status.problems().get(i));
        }
        return response.build();
    }
}
