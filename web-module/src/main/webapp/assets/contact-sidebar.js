/**
 * The right sidebar: who the customer is (as far as LiveDesk knows: never a guessed name), the facts of
 * the conversation, and why it is assigned as it is (each decision with its tier, rule and explanation).
 */
import { referralText, referralTitle } from './channel-details.js';
import { avatar, fill, h } from './dom.js';
import { dateAndTime, nameOf, STATUS_NAMES, TIER_NAMES } from './format.js';
import { assigneeName } from './list-items.js';

export function createContactSidebar(root, { directory }) {
    const card = root.querySelector('.contact-card');
    const facts = root.querySelector('[data-testid="conversation-facts"]');
    const decisions = root.querySelector('[data-testid="assignment-decisions"]');

    return {
        /** Before the contact arrives, the summary's name and avatar are shown, so the card never jumps. */
        showContact(contact) {
            fill(card,
                avatar(contact.displayName, contact.avatarUrl, contact.id, 'xlarge'),
                h('p', { class: 'contact-card__name', dataset: { testid: 'contact-name' } }, contact.displayName),
                !contact.name && contact.identities && h('p', { class: 'contact-card__hint' },
                    'Name not known yet: shown by number until the customer or an agent gives it.'),
                contact.identities && h('dl', { class: 'facts facts--contact' },
                    fact('E-mail', contact.email && link(`mailto:${contact.email}`, contact.email), 'contact-email'),
                    fact('Phone', contact.phone && link(`tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone), 'contact-phone'),
                    fact('Language', contact.locale && languageName(contact.locale), 'contact-locale'),
                    fact('Channels', identities(contact.identities, directory), 'contact-identities'),
                    fact('Customer since', contact.createdAt && dateAndTime(contact.createdAt))));
        },

        showConversation(detail) {
            const summary = detail.summary;
            fill(facts,
                fact('Inbox', summary.inboxName),
                fact('Status', nameOf(STATUS_NAMES, summary.status)
                    + (summary.status === 'SNOOZED' && detail.snoozedUntil ? ` until ${dateAndTime(detail.snoozedUntil)}` : '')),
                fact('Assignee', assigneeName(summary)),
                summary.team && fact('Team', summary.team.name),
                detail.referral && cameFrom(detail.referral),
                fact('Created', dateAndTime(summary.createdAt)),
                fact('Last customer message', detail.lastCustomerMessageAt ? dateAndTime(detail.lastCustomerMessageAt) : 'None yet'),
                detail.resolvedAt && fact('Resolved', dateAndTime(detail.resolvedAt)));
            const history = detail.assignmentDecisions ?? [];
            fill(decisions, ...(history.length
                ? history.map(decisionItem)
                : [h('li', { class: 'decisions__none' }, 'No assignment decision yet.')]));
        },

        clear() {
            card.replaceChildren();
            facts.replaceChildren();
            decisions.replaceChildren();
        },
    };
}

function fact(term, value, testid) {
    return h('div', { class: 'facts__row' },
        h('dt', {}, term),
        h('dd', { dataset: testid ? { testid } : {} }, value || h('span', { class: 'muted' }, '—')));
}

/** Where the customer came from (an m.me link, an ad...), as the channel told LiveDesk. */
function cameFrom(referral) {
    const text = referralText(referral);
    if (!text) return null;
    return h('div', { class: 'facts__row' },
        h('dt', {}, 'Came from'),
        h('dd', { class: 'referral', title: referralTitle(referral), dataset: { testid: 'conversation-referral' } }, text));
}

function link(href, text) {
    return h('a', { href }, text);
}

function identities(list, directory) {
    if (!list?.length) return null;
    return h('ul', { class: 'identities' }, list.map(identity =>
        h('li', {}, h('span', { class: 'identities__inbox' }, directory.inboxName(identity.inboxId) ?? `Inbox ${identity.inboxId}`),
            h('code', { class: 'identities__source', title: 'The id the channel gives this customer' }, identity.sourceId))));
}

function languageName(locale) {
    try {
        const name = new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(locale.replace('_', '-'));
        return name && name !== locale ? `${name} (${locale})` : locale;
    } catch {
        // Not a locale Intl knows: the raw value is still informative.
        return locale;
    }
}

function decisionItem(decision) {
    const who = decision.assignee?.displayName
        ?? (decision.aiAssignee ? `${decision.aiAssignee.name} (AI)` : null)
        ?? decision.team?.name
        ?? (decision.tier === 'QUEUED' ? 'Waiting in the queue' : 'Unassigned');
    const rule = decision.ruleId ? [decision.ruleId, decision.ruleName].filter(Boolean).join(' ') : null;
    return h('li', { class: 'decision', dataset: { testid: 'assignment-decision', tier: decision.tier } },
        h('div', { class: 'decision__top' },
            h('span', { class: `tier tier--${decision.tier.toLowerCase()}` }, nameOf(TIER_NAMES, decision.tier)),
            h('span', { class: 'decision__who' }, who)),
        rule && h('p', { class: 'decision__rule' }, h('code', {}, rule)),
        decision.explanation && h('p', { class: 'decision__explanation' }, decision.explanation),
        h('p', { class: 'decision__when' },
            `${decision.decidedBy ? `By ${decision.decidedBy.displayName}` : 'Automatically'} · ${dateAndTime(decision.decidedAt)}`));
}
