package io.livedesk.rules.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.OpeningHours.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpeningHoursClockTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static boolean openAt(OpeningHours hours, String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(hours.zone()).toInstant();
        return OpeningHoursClock.at(hours, instant).open();
    }

    private static Slot slot(DayOfWeek day, String opens, String closes) {
        return new Slot(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Nested
    class SlotsOfADay {

        private final OpeningHours lunchBreak = new OpeningHours(true, PARIS, List.of(
                slot(DayOfWeek.MONDAY, "09:00", "12:00"), slot(DayOfWeek.MONDAY, "14:00", "18:00")), Set.of());

        @Test
        void anInboxIsOpenInEachSlotOfTheDay() {
            assertTrue(openAt(lunchBreak, "2025-06-09T09:00"));
            assertTrue(openAt(lunchBreak, "2025-06-09T15:30"));
        }

        @Test
        void anInboxIsClosedBetweenSlotsAndAtTheClosingMinute() {
            assertFalse(openAt(lunchBreak, "2025-06-09T12:00"));
            assertFalse(openAt(lunchBreak, "2025-06-09T13:59"));
            assertFalse(openAt(lunchBreak, "2025-06-09T18:00"));
            assertFalse(openAt(lunchBreak, "2025-06-09T08:59"));
        }

        @Test
        void anInboxIsClosedOnDaysWithoutSlots() {
            assertFalse(openAt(lunchBreak, "2025-06-10T10:00"));
        }

        @Test
        void anInboxWithoutBusinessHoursIsAlwaysOpen() {
            assertTrue(OpeningHoursClock.at(OpeningHours.ALWAYS_OPEN, Instant.parse("2025-06-08T03:00:00Z")).open());
        }
    }

    @Nested
    class OvernightSlots {

        private final OpeningHours nightShift = new OpeningHours(true, PARIS,
                List.of(slot(DayOfWeek.FRIDAY, "22:00", "06:00")), Set.of());

        @Test
        void anOvernightSlotIsOpenFromItsOpeningToMidnight() {
            assertTrue(openAt(nightShift, "2025-06-13T22:00"));
            assertTrue(openAt(nightShift, "2025-06-13T23:59"));
        }

        @Test
        void anOvernightSlotIsOpenOnTheNextDayUntilItsClosing() {
            assertTrue(openAt(nightShift, "2025-06-14T00:00"));
            assertTrue(openAt(nightShift, "2025-06-14T05:59"));
            assertFalse(openAt(nightShift, "2025-06-14T06:00"));
        }

        @Test
        void anOvernightSlotDoesNotOpenTheMorningOfItsOwnDay() {
            assertFalse(openAt(nightShift, "2025-06-13T05:00"));
        }

        @Test
        void aSlotThatClosesWhenItOpensLastsTwentyFourHours() {
            OpeningHours allDay = new OpeningHours(true, PARIS, List.of(slot(DayOfWeek.MONDAY, "00:00", "00:00")), Set.of());
            assertTrue(openAt(allDay, "2025-06-09T00:00"));
            assertTrue(openAt(allDay, "2025-06-09T23:59"));
            assertFalse(openAt(allDay, "2025-06-10T00:00"));
        }
    }

    @Nested
    class Holidays {

        private final OpeningHours hours = new OpeningHours(true, PARIS, List.of(
                slot(DayOfWeek.MONDAY, "09:00", "18:00"), slot(DayOfWeek.SUNDAY, "20:00", "02:00")),
                Set.of(LocalDate.parse("2025-06-09")));

        @Test
        void aHolidayClosesTheSlotsThatStartThatDay() {
            assertFalse(openAt(hours, "2025-06-09T10:00"));
            assertTrue(openAt(hours, "2025-06-16T10:00"), "the next Monday is a normal day");
        }

        @Test
        void theEndOfTheNightBeforeAHolidayStillCounts() {
            assertTrue(openAt(hours, "2025-06-09T01:00"));
        }
    }

    @Nested
    class TimeZones {

        private static OpeningHours nineToFive(ZoneId zone) {
            return new OpeningHours(true, zone, List.of(slot(DayOfWeek.SATURDAY, "09:00", "17:00"),
                    slot(DayOfWeek.SUNDAY, "09:00", "17:00")), Set.of());
        }

        @Test
        void theSameInstantIsOpenInOneInboxAndClosedInAnother() {
            Instant instant = Instant.parse("2025-03-29T17:30:00Z");
            assertFalse(OpeningHoursClock.at(nineToFive(PARIS), instant).open(), "18:30 in Paris");
            assertTrue(OpeningHoursClock.at(nineToFive(NEW_YORK), instant).open(), "13:30 in New York");
        }

        @Test
        void openingFollowsTheLocalClockAcrossTheSpringDaylightSavingChange() {
            // Paris moves from UTC+1 to UTC+2 on Sunday 30 March 2025 at 02:00.
            OpeningHours paris = nineToFive(PARIS);
            assertFalse(OpeningHoursClock.at(paris, Instant.parse("2025-03-29T07:30:00Z")).open(), "08:30 Saturday");
            assertTrue(OpeningHoursClock.at(paris, Instant.parse("2025-03-30T07:30:00Z")).open(), "09:30 Sunday");
            assertEquals(9, OpeningHoursClock.at(paris, Instant.parse("2025-03-30T07:30:00Z")).localTime().getHour());
        }

        @Test
        void openingFollowsTheLocalClockAcrossTheAutumnDaylightSavingChange() {
            // New York moves from UTC-4 to UTC-5 on Sunday 2 November 2025 at 02:00.
            OpeningHours newYork = nineToFive(NEW_YORK);
            assertTrue(OpeningHoursClock.at(newYork, Instant.parse("2025-11-01T13:30:00Z")).open(), "09:30 Saturday");
            assertFalse(OpeningHoursClock.at(newYork, Instant.parse("2025-11-02T13:30:00Z")).open(), "08:30 Sunday");
            assertTrue(OpeningHoursClock.at(newYork, Instant.parse("2025-11-02T14:30:00Z")).open(), "09:30 Sunday");
        }
    }
}
