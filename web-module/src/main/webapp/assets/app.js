/**
 * The workspace's entry point: signing in and out, and wiring the panes together once signed in.
 * Each pane lives in its own module; this one only decides who is told what.
 */
import * as api from './api.js';
import { avatar } from './dom.js';
import { createConversationList } from './conversation-list.js';
import { createConversationPane } from './conversation-pane.js';
import { createDirectory } from './directory.js';
import { createFilters } from './filters.js';
import { configureHttp } from './http.js';
import { createSignIn } from './sign-in.js';
import { storedToken } from './session.js';
import { reportError } from './toasts.js';

const workspaceElement = document.getElementById('workspace');
const HASH_PREFIX = '#conversation-';

/** The running workspace, or null while signed out. */
let workspace = null;

const signIn = createSignIn(document.getElementById('sign-in'), { onSignedIn: startWorkspace });

configureHttp({
    tokenSource: storedToken,
    // Whatever call finds the token expired or revoked, the agent lands on the sign-in form, told why.
    onUnauthorized: problem => showSignIn(problem.detail),
});

function showSignIn(reason) {
    workspace?.stop();
    workspace = null;
    workspaceElement.hidden = true;
    signIn.show(reason);
}

async function startWorkspace(user) {
    const directory = createDirectory();
    await directory.load();
    workspace = createWorkspace(user, directory);
    // Channels & settings is for administrators; an agent would only be told to ask one.
    workspaceElement.querySelector('[data-testid="admin-links"]').hidden = user.role !== 'ADMINISTRATOR';
    document.title = 'LiveDesk';
    workspaceElement.hidden = false;
}

/** Builds the panes for one signed-in user; stop() takes them down again (sign-out, expired token). */
function createWorkspace(user, directory) {
    const me = showMe(user);
    const filters = createFilters(workspaceElement.querySelector('.nav-pane'), {
        onChange: () => list.reload(filters.query(), filters.title()),
    });
    filters.setChoices(directory.inboxes(), directory.labels());

    const list = createConversationList(workspaceElement, {
        directory,
        // Opening a ticket from the table shows it in the conversation view, beside the list.
        onOpen: id => {
            list.setLayout('split');
            openConversation(id);
        },
    });
    const pane = createConversationPane(workspaceElement, {
        directory,
        me: user,
        onSummaryChanged: summary => list.update(summary),
        onMessageSent: () => list.refresh(),
        onClosed: () => {
            list.select(null);
            history.replaceState(null, '', location.pathname + location.search);
        },
    });

    function openConversation(id) {
        list.select(id);
        pane.open(id);
        history.replaceState(null, '', `${HASH_PREFIX}${id}`);
    }

    const onHashChange = () => {
        const id = conversationInHash();
        if (id && id !== pane.openId()) openConversation(id);
    };
    window.addEventListener('hashchange', onHashChange);

    list.reload(filters.query(), filters.title());
    list.startPolling();
    onHashChange();

    return {
        stop() {
            window.removeEventListener('hashchange', onHashChange);
            me.dispose();
            filters.dispose();
            list.dispose();
            pane.dispose();
        },
    };
}

function conversationInHash() {
    return location.hash.startsWith(HASH_PREFIX) ? Number(location.hash.slice(HASH_PREFIX.length)) || null : null;
}

/** The account corner: name, availability switch, sign-out. */
function showMe(user) {
    const corner = workspaceElement.querySelector('.me');
    const radios = [...corner.querySelectorAll('[name="availability"]')];
    const signOutButton = corner.querySelector('[data-action="sign-out"]');
    let availability = user.availability;

    corner.querySelector('.me__avatar').replaceChildren(avatar(user.displayName, null, user.id, 'small'));
    corner.querySelector('.me__name').textContent = user.displayName;
    corner.querySelector('.me__email').textContent = user.email;

    function showAvailability() {
        for (const radio of radios) radio.checked = radio.value === availability;
        corner.dataset.availability = availability;
    }

    async function onAvailability(event) {
        const wanted = event.target.value;
        try {
            availability = (await api.changeAvailability(wanted)).availability;
        } catch (error) {
            reportError(error);
        }
        showAvailability();
    }

    async function onSignOut() {
        try {
            await api.signOut();
        } catch (error) {
            // The tab forgets the token all the same; the toast tells the agent the server did not confirm it.
            reportError(error);
        }
        // A deliberate sign-out leaves no conversation in the address for whoever signs in next.
        history.replaceState(null, '', location.pathname + location.search);
        showSignIn(null);
    }

    for (const radio of radios) radio.addEventListener('change', onAvailability);
    signOutButton.addEventListener('click', onSignOut);
    showAvailability();

    return {
        dispose() {
            for (const radio of radios) radio.removeEventListener('change', onAvailability);
            signOutButton.removeEventListener('click', onSignOut);
        },
    };
}

/** A reload with a token goes straight back into the workspace; without one, to the sign-in form. */
async function boot() {
    if (!storedToken()) {
        showSignIn(null);
        return;
    }
    try {
        await startWorkspace(await api.fetchProfile());
    } catch (error) {
        // A 401 has already brought up the sign-in form with its reason; anything else is shown there too.
        if (error?.status !== 401) showSignIn(error.detail ?? String(error));
    }
}

boot();
