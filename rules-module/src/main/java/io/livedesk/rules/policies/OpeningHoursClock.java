package io.livedesk.rules.policies;

import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.OpeningHours.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Open or closed at an instant, in the inbox's own time zone (so daylight saving time moves the opening with
 * the local clock). A slot is open from its opening time up to, not including, its closing time; an overnight
 * slot runs from its opening time on its day to its closing time on the next day. A holiday closes the slots that
 * start on that date; the end of the previous night's slot still counts.
 */
public final class OpeningHoursClock {

    /** Whether it is open, and the local time that was judged. */
    public record Reading(boolean open, ZonedDateTime localTime) {
    }

    private OpeningHoursClock() {
    }

    public static Reading at(OpeningHours hours, Instant now) {
        ZonedDateTime local = now.atZone(hours.zone());
        if (!hours.enabled()) {
            return new Reading(true, local);
        }
        LocalDate today = local.toLocalDate();
        LocalDate yesterday = today.minusDays(1);
        LocalTime time = local.toLocalTime();
        for (Slot slot : hours.slots()) {
            if (slot.day() == today.getDayOfWeek() && !hours.holidays().contains(today)
                    && !time.isBefore(slot.opensAt()) && (slot.isOvernight() || time.isBefore(slot.closesAt()))) {
                return new Reading(true, local);
            }
            if (slot.isOvernight() && slot.day() == yesterday.getDayOfWeek() && !hours.holidays().contains(yesterday)
                    && time.isBefore(slot.closesAt())) {
                return new Reading(true, local);
            }
        }
        return new Reading(false, local);
    }
}
