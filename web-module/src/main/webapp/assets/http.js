/**
 * The one way the workspace talks to the server: JSON over fetch with the bearer token, and every failure
 * turned into an ApiProblem carrying the server's problem+json "detail", so callers can show it as it is.
 */

/** A failed call, as RFC 9457 describes it. status is 0 when the server could not be reached at all. */
export class ApiProblem extends Error {
    constructor({ status, title, detail, type }) {
        super(detail || title || `HTTP ${status}`);
        this.name = 'ApiProblem';
        this.status = status;
        this.title = title;
        this.detail = detail || title || `The server answered ${status}.`;
        this.type = type;
    }
}

const API_ROOT = new URL('api/v1/', document.baseURI);

let currentToken = () => null;
let whenUnauthorized = () => {};

/**
 * tokenSource gives the token for each call; onUnauthorized runs on any 401 of a signed-in call (the token
 * expired or was revoked), before the call's promise rejects.
 */
export function configureHttp({ tokenSource, onUnauthorized }) {
    currentToken = tokenSource;
    whenUnauthorized = onUnauthorized;
}

/** The URL of an API path with its query; empty query values are left out, as "no filter". */
export function apiUrl(path, query = {}) {
    const url = new URL(path.replace(/^\//, ''), API_ROOT);
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
    }
    return url;
}

/**
 * Calls the API. Resolves to the parsed JSON body (null for 204); rejects with an ApiProblem, or with the
 * fetch AbortError when the caller aborted through `signal` (the caller no longer wants the answer).
 */
export async function request(method, path, { query, body, signal, anonymous = false } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = anonymous ? null : currentToken();
    if (token) headers.Authorization = `Bearer ${token}`;

    let response;
    try {
        response = await fetch(apiUrl(path, query), {
            method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (error) {
        if (error.name === 'AbortError') throw error;
        throw new ApiProblem({ status: 0, title: 'Offline',
            detail: 'LiveDesk cannot be reached. Check the connection; the workspace keeps trying.' });
    }

    if (response.ok) {
        return response.status === 204 ? null : response.json();
    }
    const problem = new ApiProblem({ status: response.status, ...(await problemBody(response)) });
    if (response.status === 401 && !anonymous) whenUnauthorized(problem);
    throw problem;
}

/** The problem+json body, or, when a proxy or the container answered with something else, its status line. */
async function problemBody(response) {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
        try {
            return await response.json();
        } catch {
            // Not valid JSON after all: fall through to the status line, which still says what failed.
        }
    }
    return { title: response.statusText, detail: `The server answered ${response.status} ${response.statusText}.`.trim() };
}

/** True for the rejection a caller caused by aborting: not an error to report. */
export function isAbort(error) {
    return error?.name === 'AbortError';
}
