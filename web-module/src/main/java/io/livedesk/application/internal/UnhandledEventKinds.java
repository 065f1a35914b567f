package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts webhook events of kinds LiveDesk does not act on (handover, opt-in, policy enforcement, unknown ones), by
 * kind, in {@code /metrics} as {@code livedesk_webhook_events_unhandled_total}. Their deliveries stay stored, so
 * nothing is lost if a later version learns to use them.
 */
@ApplicationScoped
public class UnhandledEventKinds {

    @Inject
    MetricRegistry metrics;

    public void count(String kind) {
        metrics.counter("livedesk.webhook.events.unhandled", new Tag("kind", kind)).inc();
    }
}
