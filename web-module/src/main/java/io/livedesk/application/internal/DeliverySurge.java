package io.livedesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * While webhook deliveries pour in faster than they can be applied, the background work that follows them gives
 * way: the webhook worker and the follow-up of each message (profile, files, automatic messages, assignment) wait a
 * moment before each item, so the cores answer Facebook. Facebook retries a delivery that is not answered within
 * seconds and disables a webhook that keeps failing; a stored delivery applied a little later loses nothing.
 * The wait is bounded, so a surge that never ends still lets the background work move, slowly.
 */
@ApplicationScoped
public class DeliverySurge {

    /** The longest one item waits; each waiting thread still moves at an item a second. */
    static final long MAX_WAIT_MILLIS = 1_000;
    static final long STEP_MILLIS = 10;

    @Inject
    WebhookEventIntake intake;

    /** Whether deliveries surge now. */
    public boolean isOn() {
        return intake.surging();
    }

    /** Waits while deliveries surge, at most {@link #MAX_WAIT_MILLIS}. */
    public void giveWay() {
        for (long waited = 0; waited < MAX_WAIT_MILLIS && intake.surging(); waited += STEP_MILLIS) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
