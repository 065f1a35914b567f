package io.livedesk.domain.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening period of an inbox on a day of the week, in the inbox's time zone. A day may have several;
 * a slot whose closing time is before its opening time runs overnight into the next day.
 */
@Entity
@Table(name = "business_hours_slot")
public class BusinessHoursSlot {

    @Id
    @SequenceGenerator(name = "business_hours_slot_seq", sequenceName = "business_hours_slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_hours_slot_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected BusinessHoursSlot() {
    }

    BusinessHoursSlot(Inbox inbox, DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
        this.inbox = inbox;
        this.dayOfWeek = dayOfWeek;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public boolean isOvernight() {
        return !closesAt.isAfter(opensAt);
    }

    public Long getId() { return id; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public LocalTime getOpensAt() { return opensAt; }
    public LocalTime getClosesAt() { return closesAt; }
}
