package io.livedesk.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the heap has room to work: a server that spends its time collecting a full heap should be
 * restarted. Database trouble is a readiness matter, not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(share < MAX_HEAP_USE)
                .withData("usedMiB", used / (1024 * 1024))
                .withData("maxMiB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
