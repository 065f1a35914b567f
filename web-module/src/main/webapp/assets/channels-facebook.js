/**
 * Adding a channel and connecting a Facebook Page, as the administrator lives it: "Log in with Facebook" (#add),
 * Facebook's dialog, back here at #login-{id} to pick the Page, then the Page connected with its webhook
 * subscription as Facebook reported it. A cancelled, refused or expired login is a screen that says so and
 * offers to try again, never an error page.
 */
import * as api from './api.js';
import { fill, h } from './dom.js';
import { timeOfDay } from './format.js';
import { beginFacebookLogin, facebookError, subscriptionBadge } from './channels-health.js';
import { labelledField, problemArea, screenHeader, whileBusy } from './channels-ui.js';
import { showNotice } from './toasts.js';

/** How often a login that Facebook has not finished yet is asked about again. */
const WAITING_POLL_MILLIS = 1500;

// ---------- #add ----------

export function showAddChannel(context) {
    context.title('Add a channel');
    const facebookProblem = problemArea('facebook-login-problem');
    const loginButton = h('button', {
        type: 'button', class: 'button button--facebook', dataset: { testid: 'facebook-login' },
        onclick: () => beginFacebookLogin(loginButton, facebookProblem),
    }, h('span', { class: 'button__facebook-mark', 'aria-hidden': 'true', text: 'f' }), 'Log in with Facebook');

    const apiProblem = problemArea('api-inbox-problem');
    const nameInput = h('input', { type: 'text', name: 'name', maxLength: 200, autocomplete: 'off',
        dataset: { testid: 'api-inbox-name' } });
    const createButton = h('button', { type: 'submit', class: 'button', text: 'Create inbox',
        dataset: { testid: 'api-inbox-create' } });
    const apiForm = h('form', { class: 'option-card__form', noValidate: true },
        labelledField('Inbox name', nameInput), apiProblem.element, h('div', {}, createButton));
    apiForm.addEventListener('submit', event => {
        event.preventDefault();
        whileBusy(createButton, async () => {
            apiProblem.clear();
            try {
                const inbox = await api.createApiInbox(nameInput.value);
                context.inboxChanged(inbox);
                showNotice(`Inbox ${inbox.name} created.`);
                context.navigate(`#inbox-${inbox.id}`);
            } catch (error) {
                apiProblem.show(error);
            }
        });
    });

    fill(context.main, h('section', { class: 'admin-screen' },
        screenHeader('Add a channel', { subtitle: 'Where the conversations of a new inbox come from.' }),
        h('div', { class: 'option-cards' },
            h('article', { class: 'option-card', dataset: { testid: 'add-facebook' }, 'aria-labelledby': 'add-facebook-title' },
                h('div', { class: 'option-card__head' },
                    h('span', { class: 'channel__icon channel__icon--facebook', 'aria-hidden': 'true', text: 'f' }),
                    h('h2', { class: 'option-card__title', id: 'add-facebook-title', text: 'Facebook Messenger' })),
                h('p', { text: 'Connect a Facebook Page you manage: the messages people send it on Messenger become '
                    + 'conversations of a new inbox, and your agents answer them from LiveDesk.' }),
                h('p', { class: 'option-card__hint', text: 'You log in with Facebook (LiveDesk never sees your Facebook '
                    + 'password), allow LiveDesk to list your Pages and manage their messages, then choose the Page. '
                    + 'Logging in again with a Page that is already connected renews its access.' }),
                h('div', {}, loginButton),
                facebookProblem.element),
            h('article', { class: 'option-card', dataset: { testid: 'add-api' }, 'aria-labelledby': 'add-api-title' },
                h('div', { class: 'option-card__head' },
                    h('span', { class: 'channel__icon channel__icon--api', 'aria-hidden': 'true', text: '{ }' }),
                    h('h2', { class: 'option-card__title', id: 'add-api-title', text: 'API inbox' })),
                h('p', { text: 'For integrations, imports and tests: conversations arrive through LiveDesk\'s REST API.' }),
                apiForm))));
}

// ---------- #login-{id} ----------

export async function showLogin(context, loginId) {
    context.title('Connect a Facebook Page');
    showWaiting(context, 'Checking your Facebook login…');
    let login;
    try {
        login = await api.fetchFacebookLogin(loginId);
    } catch (error) {
        if (!context.isCurrent()) return;
        if (error.status === 401) return;
        showProblemScreen(context, {
            title: 'This Facebook login cannot be continued',
            text: error.status === 404
                ? 'LiveDesk does not know this Facebook login, or it was started by another administrator. '
                    + 'Start a new one; nothing was connected.'
                : error.detail,
        });
        return;
    }
    if (!context.isCurrent()) return;
    showLoginAsItStands(context, login);
}

function showLoginAsItStands(context, login) {
    const expired = new Date(login.expiresAt).getTime() <= Date.now();
    switch (login.status) {
        case 'CONNECTED':
            showConnectedInbox(context, login.inboxId, false);
            break;
        case 'CANCELLED':
            showProblemScreen(context, { title: 'Facebook login cancelled', text: login.problem, state: login.status });
            break;
        case 'FAILED':
            showProblemScreen(context, { title: 'Facebook login failed', text: login.problem, state: login.status });
            break;
        case 'CHOOSING_PAGE':
            if (expired) showExpired(context);
            else showPagePicker(context, login);
            break;
        default:
            // AWAITING_FACEBOOK or EXCHANGING_CODE: Facebook (or LiveDesk's exchange with it) is not done yet.
            if (expired) showExpired(context);
            else waitForFacebook(context, login);
    }
}

function showExpired(context) {
    showProblemScreen(context, {
        title: 'This Facebook login expired',
        text: 'A Facebook login is valid for 15 minutes and this one ran out before a Page was connected. '
            + 'Nothing was connected; start again.',
        state: 'EXPIRED',
    });
}

function waitForFacebook(context, login) {
    showWaiting(context, login.status === 'EXCHANGING_CODE'
        ? 'Facebook sent you back; LiveDesk is fetching the Pages you manage…'
        : 'Waiting for Facebook to send you back…');
    setTimeout(async () => {
        if (!context.isCurrent()) return;
        try {
            const now = await api.fetchFacebookLogin(login.id);
            if (context.isCurrent()) showLoginAsItStands(context, now);
        } catch (error) {
            if (context.isCurrent()) showProblemScreen(context, { title: 'Facebook login failed', text: error.detail });
        }
    }, WAITING_POLL_MILLIS);
}

function showWaiting(context, text) {
    fill(context.main, h('section', { class: 'admin-screen admin-screen--narrow', 'aria-busy': 'true' },
        h('div', { class: 'notice-card', dataset: { testid: 'login-waiting' } },
            h('span', { class: 'spinner', 'aria-hidden': 'true' }),
            h('p', { role: 'status', text }))));
}

/** The Pages Facebook listed: one to pick; Pages already connected and Pages without messaging say so. */
function showPagePicker(context, login) {
    const problem = problemArea('connect-problem');
    const connectButton = h('button', { type: 'submit', class: 'button button--primary', text: 'Connect',
        disabled: true, dataset: { testid: 'connect-page' } });
    const restartButton = h('button', { type: 'button', class: 'button button--ghost', text: 'Start again',
        dataset: { testid: 'login-restart' }, onclick: () => beginFacebookLogin(restartButton, problem) });
    const pages = login.pages ?? [];
    const connectable = pages.filter(page => page.canMessage);

    const options = pages.map(page => {
        const noteId = `page-note-${page.id}`;
        const notes = [
            page.connectedInboxId != null ? h('span', { class: 'badge badge--info', text: 'Already connected — reconnecting renews its token',
                dataset: { testid: 'page-already-connected' } }) : null,
            page.canMessage ? null : h('span', { class: 'page-option__warning', dataset: { testid: 'page-cannot-message' },
                text: 'You cannot manage this Page\'s messages. Ask an admin of the Page to give you the Messaging task, then log in again.' }),
        ].filter(Boolean);
        const radio = h('input', {
            type: 'radio', name: 'page', value: page.id, disabled: !page.canMessage,
            checked: connectable.length === 1 && connectable[0] === page,
            'aria-describedby': notes.length ? noteId : null, dataset: { testid: 'page-radio' },
        });
        return h('li', {},
            h('label', {
                class: `page-option${page.canMessage ? '' : ' page-option--disabled'}`,
                dataset: { testid: 'page-option', pageId: page.id },
            },
            radio,
            h('span', { class: 'page-option__text' },
                h('span', { class: 'page-option__name', text: page.name, dataset: { testid: 'page-name' } }),
                page.category ? h('span', { class: 'page-option__category', text: page.category }) : null,
                notes.length ? h('span', { class: 'page-option__notes', id: noteId }, notes) : null)));
    });

    const form = h('form', { class: 'page-picker', noValidate: true, dataset: { testid: 'page-picker' } },
        h('fieldset', { class: 'page-picker__fieldset' },
            h('legend', { class: 'page-picker__legend', text: 'Your Facebook Pages' }),
            pages.length ? h('ul', { class: 'page-options' }, options)
                : h('p', { class: 'page-picker__empty', dataset: { testid: 'no-pages' },
                    text: 'Facebook lists no Page for you. Check that you are an admin of the Page on Facebook and that '
                        + 'you allowed LiveDesk to see it in Facebook\'s dialog, then start again.' })),
        problem.element,
        h('div', { class: 'page-picker__actions' }, connectButton, restartButton),
        h('p', { class: 'page-picker__expiry', text: `This login is valid until ${timeOfDay(login.expiresAt)}.` }));

    const chosen = () => form.querySelector('input[name="page"]:checked')?.value ?? null;
    connectButton.disabled = !chosen();
    form.addEventListener('change', () => {
        connectButton.disabled = !chosen();
        problem.clear();
    });
    form.addEventListener('submit', event => {
        event.preventDefault();
        const pageId = chosen();
        if (!pageId) {
            problem.show('Choose the Page to connect.');
            return;
        }
        const renewing = pages.find(page => page.id === pageId)?.connectedInboxId != null;
        whileBusy([connectButton, restartButton], async () => {
            problem.clear();
            try {
                const inbox = await api.connectFacebookPage(login.id, pageId);
                context.inboxChanged(inbox);
                if (context.isCurrent()) showConnected(context, inbox, renewing);
            } catch (error) {
                problem.show(error);
            }
        });
    });

    fill(context.main, h('section', { class: 'admin-screen admin-screen--narrow' },
        screenHeader('Choose the Facebook Page to connect', {
            subtitle: 'The Page you pick becomes an inbox: the messages people send it on Messenger arrive there.',
        }),
        form));
}

async function showConnectedInbox(context, inboxId, renewed) {
    showWaiting(context, 'Reading the connected Page…');
    try {
        const inbox = await api.fetchInbox(inboxId);
        if (context.isCurrent()) showConnected(context, inbox, renewed);
    } catch (error) {
        if (context.isCurrent()) showProblemScreen(context, { title: 'The connected Page cannot be shown', text: error.detail });
    }
}

/** The Page is connected; what Facebook reported about the webhook subscription is shown, a failure included. */
function showConnected(context, inbox, renewed) {
    const channel = inbox.channel ?? {};
    const pageName = channel.pageName ?? inbox.name;
    context.title(`${pageName} connected`);
    const problem = problemArea('connected-problem');
    const retry = h('button', {
        type: 'button', class: 'button button--primary', text: 'Retry subscription', dataset: { testid: 'connected-retry' },
        onclick: () => whileBusy(retry, async () => {
            problem.clear();
            try {
                const changed = await api.retryFacebookSubscription(inbox.id);
                context.inboxChanged(changed);
                if (context.isCurrent()) showConnected(context, changed, renewed);
            } catch (error) {
                problem.show(error);
            }
        }),
    });
    const state = channel.subscriptionState;
    const fields = (channel.subscribedFields ?? '').split(',').filter(Boolean);
    const error = facebookError(channel);

    let readBack;
    if (state === 'SUBSCRIBED') {
        readBack = h('p', { class: 'readback__text', dataset: { testid: 'connected-subscription-text' },
            text: `Facebook confirmed the subscription to ${fields.length} webhook ${fields.length === 1 ? 'field' : 'fields'}: `
                + `${fields.join(', ')}. New Messenger messages arrive in the inbox “${inbox.name}”.` });
    } else if (state === 'FAILED') {
        readBack = h('div', { class: 'readback__alert', role: 'alert', dataset: { testid: 'connected-subscription-text' } },
            h('strong', { text: 'Facebook did not confirm the webhook subscription, so no messages arrive yet. ' }),
            h('span', { text: error ? `Facebook said: ${error}` : '' }),
            h('div', { class: 'readback__actions' }, retry),
            problem.element);
    } else {
        readBack = h('div', { class: 'readback__text', dataset: { testid: 'connected-subscription-text' } },
            h('p', { text: 'LiveDesk has not subscribed to the Page\'s messages yet.' }),
            h('div', { class: 'readback__actions' }, retry),
            problem.element);
    }

    fill(context.main, h('section', { class: 'admin-screen admin-screen--narrow' },
        h('div', { class: `success-card${state === 'FAILED' ? ' success-card--warning' : ''}`, dataset: { testid: 'connect-success', inboxId: inbox.id } },
            h('span', { class: 'success-card__mark', 'aria-hidden': 'true' },
                mark(state === 'FAILED' ? 'M12 6.5v7M12 17.5h.01' : 'M5 12.5l4.5 4.5L19 7.5')),
            h('h1', { class: 'success-card__title', tabindex: '-1', dataset: { testid: 'connected-title' },
                text: `Facebook Page ${pageName} is connected` }),
            renewed ? h('p', { text: 'It was already connected: LiveDesk now uses the new access you just granted.' }) : null,
            h('div', { class: 'readback', dataset: { testid: 'connected-subscription', state: state ?? '' } },
                h('span', { class: 'readback__label', text: 'Webhook subscription, as Facebook reports it' }),
                subscriptionBadge(state),
                readBack),
            h('div', { class: 'success-card__actions' },
                h('a', { class: 'button button--primary', href: './', text: 'Open the workspace', dataset: { testid: 'open-workspace' } }),
                h('a', { class: 'button', href: `#inbox-${inbox.id}`, text: 'Inbox settings', dataset: { testid: 'open-inbox-settings' } })))));
    context.main.querySelector('h1')?.focus({ preventScroll: true });
}

// ---------- #problem=... and every login that ended without a Page ----------

export function showLoginProblem(context, text) {
    context.title('Facebook login');
    showProblemScreen(context, {
        title: 'The Facebook login could not be completed',
        text: text || 'Facebook sent you back without a login LiveDesk knows. Nothing was connected.',
        state: 'UNKNOWN',
    });
}

function showProblemScreen(context, { title, text, state = 'ERROR' }) {
    const problem = problemArea('try-again-problem');
    const tryAgain = h('button', { type: 'button', class: 'button button--primary', text: 'Try again',
        dataset: { testid: 'login-try-again' }, onclick: () => beginFacebookLogin(tryAgain, problem) });
    fill(context.main, h('section', { class: 'admin-screen admin-screen--narrow' },
        h('div', { class: 'notice-card notice-card--problem', dataset: { testid: 'login-problem', state } },
            h('h1', { class: 'notice-card__title', tabindex: '-1', text: title, dataset: { testid: 'login-problem-title' } }),
            h('p', { class: 'notice-card__problem', role: 'alert', text: text ?? 'Facebook gave no reason.',
                dataset: { testid: 'login-problem-text' } }),
            h('div', { class: 'notice-card__actions' },
                tryAgain,
                h('a', { class: 'button button--ghost', href: '#channels', text: 'Back to the channels' })),
            problem.element)));
    context.main.querySelector('h1')?.focus({ preventScroll: true });
}

/** A tick, or an exclamation mark; SVG needs its namespace, which h() (HTML elements only) does not give. */
function mark(d) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
    return svg;
}
