/**
 * Channels & settings (channels.html), for administrators: signing in, the navigation, and which screen the
 * address shows. The screens live in their own modules (channels-overview.js, channels-facebook.js,
 * settings.js); each gets a context that says whether it is still the one on show, so an answer that comes
 * back after the administrator moved on is dropped instead of painted over the next screen.
 */
import * as api from './api.js';
import { avatar, fill, h } from './dom.js';
import { configureHttp } from './http.js';
import { createSignIn } from './sign-in.js';
import { storedToken } from './session.js';
import { reportError } from './toasts.js';
import { showOverview } from './channels-overview.js';
import { showAddChannel, showLogin, showLoginProblem } from './channels-facebook.js';
import { healthOf } from './channels-health.js';
import { showInboxSettings } from './settings.js';

const adminElement = document.getElementById('admin');
const main = document.getElementById('admin-main');
const adminNav = adminElement.querySelector('[data-testid="admin-nav"]');
const inboxNav = adminElement.querySelector('[data-testid="nav-inboxes"]');
const signOutButton = adminElement.querySelector('[data-action="sign-out"]');

/** The signed-in user, or null while signed out. */
let me = null;
let inboxes = [];
/** Bumped on every screen change: a screen's context is current while its number is the latest. */
let screenNumber = 0;

const signIn = createSignIn(document.getElementById('sign-in'), { onSignedIn: start });

configureHttp({
    tokenSource: storedToken,
    onUnauthorized: problem => showSignIn(problem.detail),
});

function showSignIn(reason) {
    me = null;
    screenNumber++;
    adminElement.hidden = true;
    signIn.show(reason);
}

signOutButton.addEventListener('click', async () => {
    try {
        await api.signOut();
    } catch (error) {
        reportError(error);
    }
    // The address may name a Facebook login of this administrator; whoever signs in next starts from the list.
    history.replaceState(null, '', location.pathname);
    showSignIn(null);
});

async function start(user) {
    me = user;
    adminElement.hidden = false;
    adminElement.querySelector('.me__avatar').replaceChildren(avatar(user.displayName, null, user.id, 'small'));
    adminElement.querySelector('.me__name').textContent = user.displayName;
    adminElement.querySelector('.me__email').textContent = user.email;
    const administrator = user.role === 'ADMINISTRATOR';
    adminNav.hidden = !administrator;
    if (administrator) await loadInboxes();
    route();
}

async function loadInboxes() {
    inboxes = await api.fetchInboxes();
    renderNav();
}

/** The inboxes in the navigation, each with a dot that turns red when its channel needs attention. */
function renderNav() {
    const route = currentRoute();
    fill(inboxNav, inboxes.map(inbox => {
        const health = healthOf(inbox);
        const current = route.name === 'inbox' && route.inboxId === inbox.id;
        return h('li', {},
            h('a', {
                class: 'views__item admin-inboxes__item', href: `#inbox-${inbox.id}`,
                'aria-current': current ? 'page' : null,
                dataset: { testid: 'nav-inbox', inboxId: inbox.id },
            },
            h('span', { class: `health-dot health-dot--${health.tone}`, title: health.label, 'aria-hidden': 'true' }),
            h('span', { class: 'admin-inboxes__name', text: inbox.name }),
            health.tone === 'danger' ? h('span', { class: 'visually-hidden', text: ` (${health.label})` }) : null));
    }));
    for (const link of adminNav.querySelectorAll('[data-route]')) {
        if (link.dataset.route === route.name) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    }
}

/** What the address asks for. */
function currentRoute() {
    const hash = location.hash;
    let match;
    if ((match = /^#login-(\d+)$/.exec(hash))) return { name: 'login', loginId: Number(match[1]) };
    if (hash.startsWith('#problem=')) return { name: 'problem', text: decodeProblem(hash.slice('#problem='.length)) };
    if (hash === '#add') return { name: 'add' };
    if ((match = /^#inbox-(\d+)(?:\/([a-z-]+))?$/.exec(hash))) {
        return { name: 'inbox', inboxId: Number(match[1]), tab: match[2] ?? null };
    }
    return { name: 'channels' };
}

function decodeProblem(text) {
    try {
        return decodeURIComponent(text.replaceAll('+', ' '));
    } catch {
        return text;
    }
}

/** Shows the screen the address names, in a fresh context. */
function route() {
    if (!me) return;
    const number = ++screenNumber;
    const context = {
        main,
        me,
        isCurrent: () => number === screenNumber && me !== null,
        inboxes: () => inboxes,
        /** A screen changed an inbox (settings saved, channel reconnected): the navigation shows it too. */
        inboxChanged(inbox) {
            const index = inboxes.findIndex(known => known.id === inbox.id);
            if (index >= 0) inboxes[index] = inbox;
            else inboxes.push(inbox);
            renderNav();
        },
        reloadInboxes: () => loadInboxes().catch(reportError),
        /** Moves to another screen as a link would (adds to the history). */
        navigate(hash) {
            if (location.hash === hash) route();
            else location.hash = hash;
        },
        /** Changes the address without a new screen (a tab picked inside the same screen). */
        replaceAddress(hash) {
            history.replaceState(null, '', hash);
        },
        title(text) {
            document.title = `${text} · LiveDesk`;
        },
    };
    main.replaceChildren();
    main.removeAttribute('aria-busy');
    if (me.role !== 'ADMINISTRATOR') {
        showNeedsAdministrator(context);
        return;
    }
    renderNav();
    const wanted = currentRoute();
    switch (wanted.name) {
        case 'login': showLogin(context, wanted.loginId); break;
        case 'problem': showLoginProblem(context, wanted.text); break;
        case 'add': showAddChannel(context); break;
        case 'inbox': showInboxSettings(context, wanted.inboxId, wanted.tab); break;
        default: showOverview(context);
    }
}

/** Agents who open this page learn who can help them, instead of a page of errors. */
function showNeedsAdministrator(context) {
    context.title('Channels & settings');
    fill(main, h('section', { class: 'admin-screen admin-screen--narrow', dataset: { testid: 'needs-administrator' } },
        h('div', { class: 'notice-card' },
            h('h1', { class: 'notice-card__title', tabindex: '-1', text: 'Channels and settings need an administrator' }),
            h('p', { text: 'You are signed in as an agent. Connecting channels and changing inbox settings is for the '
                + 'administrators of your LiveDesk: ask one of them to make the change or to give you the role.' }),
            h('p', {}, h('a', { class: 'button button--primary', href: './', text: 'Back to the workspace' })))));
}

window.addEventListener('hashchange', () => {
    route();
    main.querySelector('h1')?.focus({ preventScroll: true });
});

async function boot() {
    if (!storedToken()) {
        showSignIn(null);
        return;
    }
    try {
        await start(await api.fetchProfile());
    } catch (error) {
        if (error?.status !== 401) showSignIn(error.detail ?? String(error));
    }
}

boot();
