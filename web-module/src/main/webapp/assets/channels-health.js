/**
 * An inbox's channel and how healthy it is: which Facebook Page, whether Facebook delivers its messages (the
 * webhook subscription LiveDesk read back), whether its token died and an administrator must log in with Facebook
 * again, with Facebook's own error. Also the actions on a channel: log in again, retry the subscription,
 * disconnect. A failure is always shown, never smoothed over: an inbox that receives nothing must look like one.
 */
import * as api from './api.js';
import { h, safeUrl } from './dom.js';
import { dateAndTime } from './format.js';
import { confirmAction, problemArea, whileBusy } from './channels-ui.js';
import { showNotice } from './toasts.js';

export const SUBSCRIPTION_NAMES = {
    SUBSCRIBED: 'Subscribed', PENDING: 'Subscription pending', FAILED: 'Subscription failed', UNSUBSCRIBED: 'Disconnected',
};

const SUBSCRIPTION_TONES = { SUBSCRIBED: 'ok', PENDING: 'warning', FAILED: 'danger', UNSUBSCRIBED: 'muted' };

/** One word and a colour for lists: ok, warning, danger, muted or neutral (an API inbox has no channel to watch). */
export function healthOf(inbox) {
    const channel = inbox.channel;
    if (inbox.channelType !== 'FACEBOOK_PAGE' || !channel) return { tone: 'neutral', label: 'API inbox' };
    if (channel.subscriptionState === 'UNSUBSCRIBED') return { tone: 'muted', label: 'Disconnected' };
    if (channel.reauthorizationRequired) return { tone: 'danger', label: 'Reauthorization required' };
    return {
        tone: SUBSCRIPTION_TONES[channel.subscriptionState] ?? 'warning',
        label: SUBSCRIPTION_NAMES[channel.subscriptionState] ?? channel.subscriptionState,
    };
}

export function subscriptionBadge(state) {
    return h('span', {
        class: `badge badge--${SUBSCRIPTION_TONES[state] ?? 'warning'}`,
        text: SUBSCRIPTION_NAMES[state] ?? state,
        dataset: { testid: 'subscription-state', state },
    });
}

/** Facebook's error as Facebook said it, with its code: what an administrator searches for or reports. */
export function facebookError(channel) {
    if (!channel.lastErrorMessage && channel.lastErrorCode == null) return null;
    const message = channel.lastErrorMessage ?? 'Facebook refused.';
    // The server's explanation usually names the codes already ("code 190/460"); they are added when it does not.
    if (channel.lastErrorCode != null && message.includes(`code ${channel.lastErrorCode}`)) return message;
    const codes = [channel.lastErrorCode != null ? `error ${channel.lastErrorCode}` : null,
        channel.lastErrorSubcode != null ? `subcode ${channel.lastErrorSubcode}` : null].filter(Boolean);
    return `${message}${codes.length ? ` (Facebook ${codes.join(', ')})` : ''}`;
}

/**
 * Starts "Log in with Facebook": the server makes the login and its dialog's address, the browser goes there.
 * Facebook sends the administrator back to channels.html#login-{id}.
 */
export async function beginFacebookLogin(button, problem) {
    problem?.clear();
    button.disabled = true;
    try {
        const started = await api.startFacebookLogin();
        const dialog = safeUrl(started.dialogUrl);
        if (!dialog) throw new Error('The server gave no usable address for Facebook\'s login dialog.');
        location.assign(dialog);
        // The button stays disabled: the browser is on its way to Facebook.
    } catch (error) {
        button.disabled = false;
        if (problem) problem.show(error.detail ?? error.message);
        else throw error;
    }
}

/**
 * The channel of an inbox with its health and actions. onChanged(inbox) receives the inbox as the server answered
 * after an action (subscription retried, Page disconnected).
 */
export function channelPanel(inbox, { onChanged }) {
    if (inbox.channelType !== 'FACEBOOK_PAGE' || !inbox.channel) {
        return h('div', { class: 'channel', dataset: { testid: 'channel', channelType: inbox.channelType } },
            h('div', { class: 'channel__who' },
                h('span', { class: 'channel__icon channel__icon--api', 'aria-hidden': 'true', text: '{ }' }),
                h('div', {},
                    h('span', { class: 'channel__kind', text: 'API inbox' }),
                    h('p', { class: 'channel__detail' }, 'Conversations arrive through ',
                        h('code', { text: `POST /api/v1/inboxes/${inbox.id}/incoming-messages` }), '.'))));
    }
    const channel = inbox.channel;
    const disconnected = channel.subscriptionState === 'UNSUBSCRIBED';
    const problem = problemArea('channel-problem');
    const error = facebookError(channel);
    const showError = error && (channel.reauthorizationRequired || channel.subscriptionState === 'FAILED');

    const relogin = h('button', {
        type: 'button', class: `button button--small${channel.reauthorizationRequired ? ' button--primary' : ''}`,
        text: disconnected ? 'Connect again with Facebook' : 'Log in with Facebook again',
        dataset: { testid: 'channel-relogin' },
        onclick: () => beginFacebookLogin(relogin, problem),
    });
    const retry = channel.subscriptionState === 'FAILED' ? h('button', {
        type: 'button', class: 'button button--small', text: 'Retry subscription', dataset: { testid: 'channel-retry' },
        onclick: () => whileBusy(retry, async () => {
            problem.clear();
            try {
                const changed = await api.retryFacebookSubscription(inbox.id);
                showNotice(changed.channel?.subscriptionState === 'SUBSCRIBED'
                    ? 'Subscribed: Facebook delivers the Page\'s messages again.'
                    : 'Facebook still refuses the subscription.');
                onChanged(changed);
            } catch (failure) {
                problem.show(failure);
            }
        }),
    }) : null;
    const disconnect = disconnected ? null : h('button', {
        type: 'button', class: 'button button--small button--danger-ghost', text: 'Disconnect',
        dataset: { testid: 'channel-disconnect' },
        onclick: async () => {
            const sure = await confirmAction({
                title: `Disconnect ${channel.pageName}?`,
                text: 'LiveDesk stops receiving this Page\'s messages and forgets its token. The inbox and its '
                    + 'conversations stay; log in with Facebook again to reconnect it.',
                confirmLabel: 'Disconnect',
            });
            if (!sure) return;
            await whileBusy(disconnect, async () => {
                problem.clear();
                try {
                    const changed = await api.disconnectFacebookPage(inbox.id);
                    showNotice(`${channel.pageName} is disconnected.`);
                    onChanged(changed);
                } catch (failure) {
                    problem.show(failure);
                }
            });
        },
    });

    return h('div', {
        class: `channel${showError ? ' channel--alert' : ''}`,
        dataset: { testid: 'channel', channelType: inbox.channelType, state: channel.subscriptionState },
    },
    h('div', { class: 'channel__who' },
        h('span', { class: 'channel__icon channel__icon--facebook', 'aria-hidden': 'true', text: 'f' }),
        h('div', { class: 'channel__name' },
            h('span', { class: 'channel__kind', text: 'Facebook Page' }),
            h('strong', { class: 'channel__page', text: channel.pageName, dataset: { testid: 'channel-page-name' } }),
            h('span', { class: 'channel__id', text: `ID ${channel.pageId}` })),
        h('div', { class: 'channel__badges' },
            subscriptionBadge(channel.subscriptionState),
            channel.reauthorizationRequired ? h('span', {
                class: 'badge badge--danger', text: 'Reauthorization required',
                dataset: { testid: 'reauthorization-required' },
            }) : null)),
    showError ? h('p', { class: 'channel__error', dataset: { testid: 'channel-error' } },
        h('strong', { text: channel.reauthorizationRequired
            ? 'Facebook no longer accepts this Page\'s token. Log in with Facebook again and pick the same Page: '
                + 'that renews its token. '
            : 'Facebook did not confirm the webhook subscription, so no messages arrive. ' }),
        h('span', { text: `Facebook said: ${error}` })) : null,
    h('p', { class: 'channel__detail' }, channelDetail(channel)),
    h('div', { class: 'channel__actions' }, relogin, retry, disconnect),
    problem.element);
}

function channelDetail(channel) {
    if (channel.subscriptionState === 'UNSUBSCRIBED') {
        return 'Disconnected: no messages arrive from this Page. Its conversations stay in the inbox.';
    }
    const since = channel.connectedAt ? `Connected ${dateAndTime(channel.connectedAt)}` : 'Connected';
    // Only a subscription Facebook confirmed has fields worth listing; after a failure they would be stale.
    const fields = channel.subscriptionState === 'SUBSCRIBED' ? (channel.subscribedFields ?? '').split(',').filter(Boolean) : [];
    return fields.length ? `${since} · webhook fields: ${fields.join(', ')}` : since;
}
