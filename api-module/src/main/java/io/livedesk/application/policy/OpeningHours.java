package io.livedesk.application.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An inbox's business hours: slots per day of the week in the inbox's time zone (several per day allowed; a slot
 * whose closing time is not after its opening time runs overnight into the next day), and holidays on which no
 * slot starts. With {@code enabled} false the inbox counts as always open.
 */
public record OpeningHours(boolean enabled, ZoneId zone, List<Slot> slots, Set<LocalDate> holidays) {

    public static final OpeningHours ALWAYS_OPEN = new OpeningHours(false, ZoneOffset.UTC, List.of(), Set.of());

    public OpeningHours {
        Objects.requireNonNull(zone, "zone");
        slots = slots == null ? List.of() : List.copyOf(slots);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** One opening period that starts on a day of the week. */
    public record Slot(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {

        public Slot {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(opensAt, "opensAt");
            Objects.requireNonNull(closesAt, "closesAt");
        }

        /** Closing at or before the opening time means the slot ends on the next day (22:00-06:00, or 24 hours). */
        public boolean isOvernight() {
            return !closesAt.isAfter(opensAt);
        }
    }
}
