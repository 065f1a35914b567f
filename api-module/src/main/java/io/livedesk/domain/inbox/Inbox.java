package io.livedesk.domain.inbox;

import io.livedesk.domain.account.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the conversations of one channel arrive, and how they are handled.
 *
 * <p>An inbox is created when an administrator connects a channel (a Facebook Page) and carries every
 * conversation setting: the greeting (off by default), the CSAT survey, business hours with their time zone
 * and out-of-office message, and how human agents are chosen (load-based or round-robin, up to a capacity
 * per agent). Its members are the agents who may see and answer its conversations. The channel's own
 * state (the Page, its token, its webhook subscription) lives apart, in the channel record.
 */
@Entity
@Table(name = "inbox")
public class Inbox {

    public static final int DEFAULT_AGENT_CAPACITY = 10;

    @Id
    @SequenceGenerator(name = "inbox_seq", sequenceName = "inbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type", nullable = false)
    private ChannelType channelType;

    @Column(name = "greeting_enabled", nullable = false)
    private boolean greetingEnabled;

    @Column(name = "greeting_message")
    private String greetingMessage;

    @Column(name = "csat_enabled", nullable = false)
    private boolean csatEnabled;

    @Column(name = "business_hours_enabled", nullable = false)
    private boolean businessHoursEnabled;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "out_of_office_message")
    private String outOfOfficeMessage;

    @Column(name = "auto_assignment", nullable = false)
    private boolean autoAssignment;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_method", nullable = false)
    private AssignmentMethod assignmentMethod;

    @Column(name = "agent_capacity", nullable = false)
    private int agentCapacity;

    @OneToMany(mappedBy = "inbox", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek, opensAt")
    private List<BusinessHoursSlot> businessHours = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "inbox_member",
            joinColumns = @JoinColumn(name = "inbox_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Inbox() {
    }

    public Inbox(String name, ChannelType channelType, Instant now) {
        this.name = name;
        this.channelType = channelType;
        this.greetingEnabled = false;
        this.csatEnabled = false;
        this.businessHoursEnabled = false;
        this.timeZone = "UTC";
        this.autoAssignment = true;
        this.assignmentMethod = AssignmentMethod.ROUND_ROBIN;
        this.agentCapacity = DEFAULT_AGENT_CAPACITY;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void configureGreeting(boolean enabled, String message, Instant now) {
        this.greetingEnabled = enabled;
        this.greetingMessage = message;
        this.updatedAt = now;
    }

    public void configureCsat(boolean enabled, Instant now) {
        this.csatEnabled = enabled;
        this.updatedAt = now;
    }

    public void configureAssignment(boolean autoAssignment, AssignmentMethod method, int agentCapacity, Instant now) {
        this.autoAssignment = autoAssignment;
        this.assignmentMethod = method;
        this.agentCapacity = agentCapacity;
        this.updatedAt = now;
    }

    /** Replaces the business hours as a whole: the time zone, the message and every slot. */
    public void configureBusinessHours(boolean enabled, ZoneId zone, String outOfOfficeMessage,
                                       List<Slot> slots, Instant now) {
        this.businessHoursEnabled = enabled;
        this.timeZone = zone.getId();
        this.outOfOfficeMessage = outOfOfficeMessage;
        this.businessHours.clear();
        for (Slot slot : slots) {
            this.businessHours.add(new BusinessHoursSlot(this, slot.day(), slot.opensAt(), slot.closesAt()));
        }
        this.updatedAt = now;
    }

    /** A business-hours slot as the caller describes it, before it belongs to an inbox. */
    public record Slot(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
    }

    public boolean addMember(User user) { return members.add(user); }
    public boolean removeMember(User user) { return members.remove(user); }

    public boolean hasMember(User user) {
        return members.stream().anyMatch(member -> member.getId().equals(user.getId()));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public ChannelType getChannelType() { return channelType; }
    public boolean isGreetingEnabled() { return greetingEnabled; }
    public String getGreetingMessage() { return greetingMessage; }
    public boolean isCsatEnabled() { return csatEnabled; }
    public boolean isBusinessHoursEnabled() { return businessHoursEnabled; }
    public String getTimeZone() { return timeZone; }
    public String getOutOfOfficeMessage() { return outOfOfficeMessage; }
    public boolean isAutoAssignment() { return autoAssignment; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
    public int getAgentCapacity() { return agentCapacity; }
    public List<BusinessHoursSlot> getBusinessHours() { return businessHours; }
    public Set<User> getMembers() { return members; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
