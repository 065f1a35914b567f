/** How times and the API's enum values read for a person, in the browser's language. */

const locale = navigator.language || 'en';
const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
const dayAndMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function startOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Short age for lists: "now", "5m", "3h", then the weekday, then the date. */
export function shortAge(iso, now = new Date()) {
    if (!iso) return '';
    const date = new Date(iso);
    const age = now - date;
    if (age < MINUTE) return 'now';
    if (age < HOUR) return `${Math.floor(age / MINUTE)}m`;
    if (age < DAY && startOfDay(date).getTime() === startOfDay(now).getTime()) return `${Math.floor(age / HOUR)}h`;
    if (age < 6 * DAY) return weekday.format(date);
    return date.getFullYear() === now.getFullYear() ? dayAndMonth.format(date) : fullDate.format(date);
}

export function timeOfDay(iso) {
    return iso ? clock.format(new Date(iso)) : '';
}

export function dateAndTime(iso) {
    return iso ? full.format(new Date(iso)) : '';
}

/** The heading above a day's messages: "Today", "Yesterday" or the date. */
export function dayHeading(iso, now = new Date()) {
    const days = Math.round((startOfDay(now) - startOfDay(new Date(iso))) / DAY);
    if (days === 0) return 'Today';
    if (days === 1) return 'Yesterday';
    return longDay.format(new Date(iso));
}

export function sameDay(isoA, isoB) {
    return dayKey(isoA) === dayKey(isoB);
}

/** The local calendar day of an instant (the agent's day, not UTC's), as a key. */
export function dayKey(iso) {
    const date = new Date(iso);
    return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export const STATUS_NAMES = { OPEN: 'Open', PENDING: 'Pending', SNOOZED: 'Snoozed', RESOLVED: 'Resolved' };

export const PRIORITY_NAMES = { NONE: 'No priority', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', URGENT: 'Urgent' };

export const AVAILABILITY_NAMES = { ONLINE: 'Online', BUSY: 'Busy', OFFLINE: 'Offline' };

export const DELIVERY_NAMES = {
    QUEUED: 'Queued', SENT: 'Sent', DELIVERED: 'Delivered', READ: 'Read', FAILED: 'Failed',
};

export const TIER_NAMES = {
    ROUTING_RULE: 'Routing rule', AI_AGENT: 'AI agent', HUMAN: 'Auto-assigned', QUEUED: 'Queued', MANUAL: 'Manual',
};

/** An enum value the table above does not know yet still reads sensibly ("SOME_VALUE" -> "Some value"). */
export function nameOf(names, value) {
    if (!value) return '';
    return names[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
}
