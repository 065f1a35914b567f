/**
 * The list of every inbox with its channel and health (#channels): the screen an administrator checks when
 * messages stop arriving. Each card acts on its channel in place and links to the inbox's settings.
 */
import { fill, h } from './dom.js';
import { channelPanel } from './channels-health.js';
import { screenHeader } from './channels-ui.js';

export function showOverview(context) {
    context.title('Channels & settings');
    render();
    // The navigation's list may be a while old (another administrator, another tab): read it again.
    context.reloadInboxes().then(() => {
        if (context.isCurrent()) render();
    });

    function render() {
        const inboxes = context.inboxes();
        const list = h('ul', { class: 'inbox-cards', dataset: { testid: 'inbox-list' }, 'aria-label': 'Inboxes' },
            inboxes.map(inbox => inboxCard(inbox)));
        const keepFocus = context.main.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
        fill(context.main, h('section', { class: 'admin-screen' },
            screenHeader('Channels', {
                subtitle: 'Every inbox and the channel its conversations come from.',
                actions: [h('a', { class: 'button button--primary', href: '#add', text: 'Add channel',
                    dataset: { testid: 'add-channel' } })],
            }),
            inboxes.length ? list : h('div', { class: 'notice-card', dataset: { testid: 'no-inboxes' } },
                h('p', { text: 'No inbox yet. Add a channel: connect a Facebook Page, or make an inbox fed through the API.' }),
                h('p', {}, h('a', { class: 'button button--primary', href: '#add', text: 'Add channel' })))));
        if (keepFocus === 'screen-title') context.main.querySelector('h1')?.focus({ preventScroll: true });
    }

    function inboxCard(inbox) {
        return h('li', { class: 'inbox-card', dataset: { testid: 'inbox-card', inboxId: inbox.id } },
            h('div', { class: 'inbox-card__top' },
                h('h2', { class: 'inbox-card__name', text: inbox.name, dataset: { testid: 'inbox-name' } }),
                h('a', { class: 'button button--small', href: `#inbox-${inbox.id}`, text: 'Settings',
                    'aria-label': `Settings of ${inbox.name}`, dataset: { testid: 'inbox-settings-link' } })),
            channelPanel(inbox, {
                onChanged: changed => {
                    context.inboxChanged(changed);
                    if (context.isCurrent()) render();
                },
            }),
            h('p', { class: 'inbox-card__facts' }, facts(inbox)));
    }
}

function facts(inbox) {
    const members = inbox.members?.length ?? 0;
    const enabledAi = (inbox.aiAgents ?? []).filter(agent => agent.enabled).length;
    return [
        `${members} ${members === 1 ? 'agent' : 'agents'}`,
        enabledAi ? `${enabledAi} AI ${enabledAi === 1 ? 'agent' : 'agents'} on` : null,
        inbox.autoAssignment ? `auto-assignment ${inbox.assignmentMethod === 'LOAD_BASED' ? 'by load' : 'round robin'}` : 'manual assignment',
        inbox.greetingEnabled ? 'greeting on' : null,
        inbox.csatEnabled ? 'CSAT survey on' : null,
        inbox.businessHours?.enabled ? `business hours (${inbox.businessHours.timeZone})` : null,
    ].filter(Boolean).join(' · ');
}
