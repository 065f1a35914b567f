/**
 * Small, non-blocking messages in a corner. Errors stay longer than notices; the same text is not stacked
 * twice while it is on screen, so a poll that fails every five seconds shows one toast, not a column.
 */
import { h } from './dom.js';
import { isAbort } from './http.js';

const ERROR_MILLIS = 8000;
const NOTICE_MILLIS = 3000;

function container() {
    return document.getElementById('toasts');
}

function show(text, kind) {
    const already = [...container().children].find(toast => toast.dataset.text === text);
    if (already) return already;
    const toast = h('div', {
        class: `toast toast--${kind}`, role: kind === 'error' ? 'alert' : 'status',
        dataset: { text, testid: 'toast', kind },
    },
    h('span', { class: 'toast__text', text }),
    h('button', { type: 'button', class: 'toast__close', 'aria-label': 'Dismiss', text: '×', onclick: () => toast.remove() }));
    container().append(toast);
    setTimeout(() => toast.remove(), kind === 'error' ? ERROR_MILLIS : NOTICE_MILLIS);
    return toast;
}

export function showNotice(text) {
    show(text, 'notice');
}

/**
 * Shows why something failed: the problem's detail when the server sent one. An aborted request is not a
 * failure (the workspace cancelled it because the agent moved on); a 401 is shown on the sign-in form.
 */
export function reportError(error) {
    if (isAbort(error) || error?.status === 401) return;
    if (!error?.detail) console.error(error);
    show(error?.detail ?? error?.message ?? String(error), 'error');
}
