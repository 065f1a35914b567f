/**
 * The signed-in session: the bearer token lives in sessionStorage, so it survives a reload but not closing
 * the tab, and is never shared between tabs signed in as different people.
 */
const TOKEN_KEY = 'livedesk.token';

export function storedToken() {
    return sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
}

/** Forgets the token and the workspace choices made with it. */
export function forgetSession() {
    sessionStorage.clear();
}
