/**
 * Business hours: on or off, the time zone they are read in, the opening hours of each weekday (any number of
 * slots a day, so a lunch break is two slots) and the message customers get outside them. Saved as a whole.
 */
import * as api from './api.js';
import { fill, h } from './dom.js';
import { labelledField, switchField } from './channels-ui.js';
import { settingsForm } from './settings-form.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const WEEKDAYS = DAYS.slice(0, 5);

/** Day names in the administrator's language; 1 January 2024 was a Monday. */
const dayName = (() => {
    const format = new Intl.DateTimeFormat(navigator.language || 'en', { weekday: 'long' });
    const names = Object.fromEntries(DAYS.map((day, index) => [day, format.format(new Date(2024, 0, 1 + index))]));
    return day => names[day] ?? day;
})();

/** Every IANA time zone the browser knows, with the inbox's own (whatever it is) and UTC always present. */
function timeZones(current) {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return [...new Set(['UTC', ...known, current].filter(Boolean))].sort((a, b) =>
        (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** "09:00:00" as the API writes it, "09:00" as a time input shows it. */
const minutes = time => (time ?? '').slice(0, 5);

export function createHoursPanel(shared) {
    const hours = shared.inbox().businessHours ?? { enabled: false, timeZone: 'UTC', slots: [] };
    const enabled = switchField({ name: 'enabled', label: 'Use business hours',
        hint: 'Outside them, customers get the out-of-office message and conversations wait for the next opening.',
        checked: hours.enabled, testid: 'hours-enabled' });
    const zone = h('select', { name: 'timeZone', dataset: { testid: 'hours-timezone' } },
        timeZones(hours.timeZone).map(name => h('option', { value: name, text: name.replaceAll('_', ' '), selected: name === hours.timeZone })));
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const outOfOffice = h('textarea', { name: 'outOfOfficeMessage', rows: 3, maxLength: 2000,
        value: hours.outOfOfficeMessage ?? '', dataset: { testid: 'hours-ooo' },
        placeholder: 'Thanks for your message! We are closed now and will answer when we open again.' });

    const days = new Map(DAYS.map(day => [day, h('ul', { class: 'slots', 'aria-label': `${dayName(day)} opening hours` })]));
    for (const slot of hours.slots ?? []) addSlot(slot.day, minutes(slot.opensAt), minutes(slot.closesAt));
    for (const day of DAYS) showClosedWhenEmpty(day);

    function addSlot(day, opensAt, closesAt) {
        const list = days.get(day);
        list.querySelector('.slots__closed')?.remove();
        const opens = h('input', { type: 'time', value: opensAt, required: true, dataset: { testid: 'slot-opens' },
            'aria-label': `${dayName(day)}: opens at` });
        const closes = h('input', { type: 'time', value: closesAt, required: true, dataset: { testid: 'slot-closes' },
            'aria-label': `${dayName(day)}: closes at` });
        const item = h('li', { class: 'slot', dataset: { testid: 'hours-slot', day } },
            opens, h('span', { class: 'slot__dash', 'aria-hidden': 'true', text: '–' }), closes,
            h('button', {
                type: 'button', class: 'button button--icon button--ghost slot__remove', dataset: { testid: 'slot-remove' },
                'aria-label': `Remove these ${dayName(day)} hours`, title: 'Remove',
                onclick: () => {
                    const next = item.nextElementSibling?.querySelector('input') ?? addButtons.get(day);
                    item.remove();
                    showClosedWhenEmpty(day);
                    next.focus();
                },
            }, '×'));
        list.append(item);
        return item;
    }

    function showClosedWhenEmpty(day) {
        const list = days.get(day);
        if (!list.querySelector('.slot')) list.append(h('li', { class: 'slots__closed', text: 'Closed' }));
    }

    /** A new slot starts where the day's last one ends (an afternoon after a morning), else 09:00–17:00. */
    function addNext(day) {
        const last = [...days.get(day).querySelectorAll('.slot')].at(-1);
        const after = last?.querySelector('[data-testid="slot-closes"]').value;
        const [opensAt, closesAt] = after && after < '22:00'
            ? [addHour(after, 1), addHour(after, 4)] : ['09:00', '17:00'];
        addSlot(day, opensAt, closesAt).querySelector('input').focus();
    }

    const addButtons = new Map(DAYS.map(day => [day, h('button', {
        type: 'button', class: 'button button--small button--ghost', text: '+ Add hours',
        'aria-label': `Add opening hours on ${dayName(day)}`, dataset: { testid: 'hours-add', day },
        onclick: () => addNext(day),
    })]));

    const copyWeekdays = h('button', {
        type: 'button', class: 'button button--small', text: `Copy ${dayName('MONDAY')} to every weekday`,
        dataset: { testid: 'hours-copy-weekdays' },
        onclick: () => {
            const monday = slotsOf('MONDAY');
            for (const day of WEEKDAYS.slice(1)) {
                fill(days.get(day));
                for (const slot of monday) addSlot(day, slot.opensAt, slot.closesAt);
                showClosedWhenEmpty(day);
            }
        },
    });

    function slotsOf(day) {
        return [...days.get(day).querySelectorAll('.slot')].map(item => ({
            day,
            opensAt: item.querySelector('[data-testid="slot-opens"]').value,
            closesAt: item.querySelector('[data-testid="slot-closes"]').value,
        }));
    }

    const week = h('fieldset', { class: 'settings-group' },
        h('legend', { class: 'settings-group__title', text: 'Opening hours' }),
        h('p', { class: 'settings-group__hint', text: 'Several slots a day make a break (09:00–12:00 and 14:00–18:00). '
            + 'A slot that closes before it opens runs past midnight.' }),
        h('div', { class: 'week' }, DAYS.map(day => h('div', { class: 'week__day', dataset: { testid: 'hours-day', day } },
            h('span', { class: 'week__name', text: dayName(day) }),
            days.get(day),
            addButtons.get(day)))),
        h('div', {}, copyWeekdays));

    return settingsForm('hours', {
        shared,
        fields: [
            h('div', { class: 'settings-group settings-group--plain' }, enabled.element),
            labelledField('Time zone', zone, { hint: `The hours below are read in this zone. Yours is ${browserZone}.` }),
            week,
            labelledField('Out-of-office message', outOfOffice, { wide: true,
                hint: 'Sent to customers who write outside business hours; needed when business hours are on.' }),
        ],
        submit: () => {
            const slots = DAYS.flatMap(slotsOf);
            const incomplete = slots.find(slot => !slot.opensAt || !slot.closesAt);
            if (incomplete) {
                throw new Error(`Fill in both times of each ${dayName(incomplete.day)} slot, or remove it.`);
            }
            return api.replaceBusinessHours(shared.inboxId, {
                enabled: enabled.input.checked,
                timeZone: zone.value,
                outOfOfficeMessage: outOfOffice.value,
                slots,
            });
        },
    }).form;
}

function addHour(time, hoursLater) {
    const [hour, minute] = time.split(':').map(Number);
    return `${String(Math.min(hour + hoursLater, 23)).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
