package io.livedesk.application.internal;

/**
 * How fast things arrive, counted over short slices of time: the rate of the last complete slice, or of the current
 * one once that is already higher. Cheap enough to be told of every arrival (a counter; a lock only when a slice
 * ends).
 */
final class ArrivalRate {

    private final long sliceNanos;
    private boolean started;
    private long sliceStart;
    private int inSlice;
    private double lastSlicePerSecond;

    ArrivalRate(long sliceMillis) {
        this.sliceNanos = sliceMillis * 1_000_000;
    }

    synchronized void arrived(long nowNanos) {
        roll(nowNanos);
        inSlice++;
    }

    /** Arrivals per second now. */
    synchronized double perSecond(long nowNanos) {
        roll(nowNanos);
        return Math.max(lastSlicePerSecond, inSlice * 1e9 / sliceNanos);
    }

    private void roll(long nowNanos) {
        if (!started) {
            started = true;
            sliceStart = nowNanos;
        }
        long elapsed = nowNanos - sliceStart;
        if (elapsed < sliceNanos) {
            return;
        }
        // A gap of more than one slice means nothing arrived in between.
        lastSlicePerSecond = elapsed < 2 * sliceNanos ? inSlice * 1e9 / sliceNanos : 0;
        inSlice = 0;
        sliceStart = nowNanos - elapsed % sliceNanos;
    }
}
