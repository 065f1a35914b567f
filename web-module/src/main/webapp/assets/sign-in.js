/**
 * The sign-in form both pages share (the workspace and Channels & settings): it checks the two fields, signs in,
 * keeps the token, and hands the signed-in user to the page. A page's own start-up failing brings the form back
 * with the reason, so nobody is left in a half-working session.
 */
import * as api from './api.js';
import { forgetSession, keepToken } from './session.js';

/** section: the #sign-in element. onSignedIn(user) starts the page; it may throw. */
export function createSignIn(section, { onSignedIn }) {
    const form = section.querySelector('form');
    const error = section.querySelector('[data-testid="signin-error"]');

    function showError(text) {
        error.textContent = text;
        error.hidden = false;
    }

    form.addEventListener('submit', async event => {
        event.preventDefault();
        const { email, password } = form.elements;
        const submit = form.querySelector('[type="submit"]');
        if (!email.value.trim() || !password.value) {
            showError('Enter your e-mail address and password.');
            return;
        }
        submit.disabled = true;
        let signedIn = false;
        try {
            const session = await api.signIn(email.value.trim(), password.value);
            keepToken(session.token);
            signedIn = true;
            password.value = '';
            section.hidden = true;
            await onSignedIn(session.user);
        } catch (failure) {
            if (signedIn) show(failure.detail ?? String(failure));
            else showError(failure.detail ?? String(failure));
        } finally {
            submit.disabled = false;
        }
    });

    /** Shows the form (signed out), with the reason when there is one. */
    function show(reason) {
        forgetSession();
        section.hidden = false;
        error.hidden = !reason;
        error.textContent = reason ?? '';
        document.title = 'Sign in · LiveDesk';
        form.elements.email.focus();
    }

    return { show };
}
