/**
 * The open conversation's header and toolbar: who it is with, its status and the buttons that change it
 * (resolve, reopen, pending, snooze until a time), the assignee, the priority and the labels. Every
 * change goes to the server first; what is shown is what the server answered.
 */
import * as api from './api.js';
import { avatar, h } from './dom.js';
import { AVAILABILITY_NAMES, nameOf, STATUS_NAMES } from './format.js';
import { labelChip } from './list-items.js';
import { reportError, showNotice } from './toasts.js';

/** Which status buttons make sense in each status; the primary one (Resolve or Reopen) comes last. */
const STATUS_ACTIONS = {
    OPEN: ['PENDING', 'SNOOZED', 'RESOLVED'],
    PENDING: ['OPEN', 'SNOOZED', 'RESOLVED'],
    SNOOZED: ['OPEN', 'PENDING', 'RESOLVED'],
    RESOLVED: ['OPEN'],
};

const DONE_NOTICES = {
    OPEN: 'Conversation reopened.', PENDING: 'Marked as pending.', SNOOZED: 'Conversation snoozed.',
    RESOLVED: 'Conversation resolved.',
};

export function createConversationActions(root, { me, onChanged }) {
    const header = root.querySelector('.conversation-header');
    const avatarSlot = header.querySelector('.conversation-header__avatar');
    const title = header.querySelector('[data-testid="conversation-title"]');
    const meta = header.querySelector('[data-testid="conversation-meta"]');
    const status = header.querySelector('[data-testid="conversation-status"]');
    const statusButtons = [...header.querySelectorAll('[data-status-action]')];
    const assignee = root.querySelector('[data-testid="assignee-select"]');
    const priority = root.querySelector('[data-testid="priority-select"]');
    const chips = root.querySelector('[data-testid="conversation-labels"]');
    const labelAdd = root.querySelector('[data-testid="label-add"]');
    const snoozeDialog = document.getElementById('snooze-dialog');
    const snoozeUntil = snoozeDialog.querySelector('[name="until"]');
    const controls = [...statusButtons, assignee, priority, labelAdd];

    let detail = null;
    let inbox = null;
    let allLabels = [];

    /** Runs one change; controls are disabled meanwhile so two changes never race each other. */
    async function change(call, notice) {
        const id = detail.summary.id;
        for (const control of controls) control.disabled = true;
        try {
            const changed = await call(id);
            if (notice) showNotice(notice);
            onChanged(changed);
        } catch (error) {
            reportError(error);
            if (detail) render();
        } finally {
            for (const control of controls) control.disabled = false;
        }
    }

    function render() {
        const summary = detail.summary;
        avatarSlot.replaceChildren(avatar(summary.contact?.displayName, summary.contact?.avatarUrl, summary.contact?.id, 'large'));
        title.textContent = summary.contact?.displayName ?? '';
        meta.textContent = `#${summary.id} · ${summary.inboxName ?? ''}`;
        status.textContent = nameOf(STATUS_NAMES, summary.status);
        status.className = `badge badge--${summary.status.toLowerCase()}`;
        const allowed = STATUS_ACTIONS[summary.status] ?? [];
        for (const button of statusButtons) {
            button.hidden = !allowed.includes(button.dataset.statusAction);
            const primary = button.dataset.statusAction === allowed.at(-1);
            button.classList.toggle('button--success', primary && summary.status !== 'RESOLVED');
            button.classList.toggle('button--primary', primary && summary.status === 'RESOLVED');
        }
        renderAssignee(summary);
        priority.value = summary.priority ?? 'NONE';
        renderLabels(summary);
    }

    function renderAssignee(summary) {
        const members = inbox?.members ?? [];
        const aiAgents = (inbox?.aiAgents ?? []).filter(agent => agent.enabled || agent.id === summary.aiAssignee?.id);
        const memberOption = member => h('option', { value: `user:${member.id}` },
            `${member.displayName}${member.id === me.id ? ' (you)' : ''} · ${nameOf(AVAILABILITY_NAMES, member.availability)}`);
        const options = [h('option', { value: '' }, 'Unassigned')];
        if (summary.assignee && !members.some(member => member.id === summary.assignee.id)) {
            options.push(memberOption(summary.assignee));
        }
        options.push(h('optgroup', { label: 'Agents' }, members.map(memberOption)));
        if (summary.aiAssignee && !aiAgents.some(agent => agent.id === summary.aiAssignee.id)) {
            aiAgents.push(summary.aiAssignee);
        }
        if (aiAgents.length) {
            options.push(h('optgroup', { label: 'AI agents' },
                aiAgents.map(agent => h('option', { value: `ai:${agent.id}` }, `${agent.name} (AI)`))));
        }
        assignee.replaceChildren(...options);
        assignee.value = summary.assignee ? `user:${summary.assignee.id}`
            : summary.aiAssignee ? `ai:${summary.aiAssignee.id}` : '';
    }

    function renderLabels(summary) {
        const applied = summary.labels ?? [];
        chips.replaceChildren(...applied.map(title => h('li', { dataset: { testid: 'label-chip', label: title } },
            labelChip(title, allLabels.find(label => label.title === title)?.color),
            h('button', {
                type: 'button', class: 'chip-remove', 'aria-label': `Remove label ${title}`, title: 'Remove label',
                onclick: () => change(id => api.replaceLabels(id, applied.filter(each => each !== title))),
            }, '×'))));
        const addable = allLabels.filter(label => !applied.includes(label.title));
        labelAdd.replaceChildren(h('option', { value: '' }, addable.length ? '+ Add label' : 'No more labels'),
            ...addable.map(label => h('option', { value: label.title }, label.title)));
        labelAdd.value = '';
    }

    function onAssigneeChange() {
        const [kind, id] = assignee.value.split(':');
        if (!kind) change(conversation => api.unassign(conversation), 'Conversation unassigned.');
        else if (kind === 'ai') change(conversation => api.assignToAiAgent(conversation, Number(id)), 'Assigned to the AI agent.');
        else change(conversation => api.assignToUser(conversation, Number(id)), `Assigned to ${selectedText(assignee)}.`);
    }

    function onStatusClick(event) {
        const target = event.currentTarget.dataset.statusAction;
        if (target === 'SNOOZED') {
            openSnoozeDialog();
            return;
        }
        change(id => api.changeStatus(id, target), DONE_NOTICES[target]);
    }

    function openSnoozeDialog() {
        snoozeUntil.value = localInputValue(snoozePreset('tomorrow'));
        snoozeUntil.min = localInputValue(new Date());
        snoozeDialog.returnValue = '';
        snoozeDialog.showModal();
    }

    function onSnoozeClosed() {
        if (snoozeDialog.returnValue !== 'snooze' || !detail) return;
        const until = new Date(snoozeUntil.value);
        if (Number.isNaN(until.getTime())) {
            reportError(new Error('Pick the date and time the conversation should come back.'));
            return;
        }
        change(id => api.changeStatus(id, 'SNOOZED', until.toISOString()), DONE_NOTICES.SNOOZED);
    }

    function onPresetClick(event) {
        const preset = event.target.closest('[data-snooze-preset]');
        if (preset) snoozeUntil.value = localInputValue(snoozePreset(preset.dataset.snoozePreset));
    }

    const listeners = [
        ...statusButtons.map(button => [button, 'click', onStatusClick]),
        [assignee, 'change', onAssigneeChange],
        [priority, 'change', () => change(id => api.changePriority(id, priority.value))],
        [labelAdd, 'change', () => {
            if (labelAdd.value) change(id => api.replaceLabels(id, [...(detail.summary.labels ?? []), labelAdd.value]));
        }],
        [snoozeDialog, 'close', onSnoozeClosed],
        [snoozeDialog, 'click', onPresetClick],
    ];
    for (const [element, event, listener] of listeners) element.addEventListener(event, listener);

    return {
        /** Shows a conversation; inbox (with members) may come a moment later through setInbox. */
        show(newDetail, labels) {
            detail = newDetail;
            allLabels = labels;
            render();
        },
        setInbox(newInbox) {
            inbox = newInbox;
            if (detail) renderAssignee(detail.summary);
        },
        clear() {
            detail = null;
            inbox = null;
        },
        dispose() {
            for (const [element, event, listener] of listeners) element.removeEventListener(event, listener);
            if (snoozeDialog.open) snoozeDialog.close();
        },
    };
}

function selectedText(select) {
    return select.selectedOptions[0]?.textContent.split(' · ')[0].replace(' (you)', '') ?? '';
}

function snoozePreset(name) {
    const date = new Date();
    if (name === 'hour') return new Date(date.getTime() + 60 * 60 * 1000);
    const morning = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 9, 0);
    if (name === 'monday') morning.setDate(morning.getDate() + ((8 - morning.getDay()) % 7));
    return morning;
}

/** The value a datetime-local input takes: local time, to the minute. */
function localInputValue(date) {
    const pad = number => String(number).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
