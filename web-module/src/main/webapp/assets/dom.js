/**
 * Building DOM from data. Everything here puts data in as text nodes or properties, never as markup,
 * so a customer's message such as "<img onerror=...>" is shown, not run.
 */

/**
 * Creates an element. Props: "class", "dataset" (object), "on<event>" (listener), "text"; other keys with
 * a boolean or a property of the element (value, disabled, hidden, ...) are set as properties; the rest
 * as attributes. Children: nodes, strings (as text) or arrays of them; null and false are skipped.
 */
export function h(tag, props = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(props ?? {})) {
        if (value === undefined || value === null) continue;
        if (key === 'class') element.className = value;
        else if (key === 'dataset') Object.assign(element.dataset, value);
        else if (key === 'text') element.textContent = value;
        else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
        else if (typeof value === 'boolean' || (key in element && !key.includes('-'))) element[key] = value;
        else element.setAttribute(key, String(value));
    }
    append(element, children);
    return element;
}

/** Replaces a container's content with children as h() takes them (null and false are skipped). */
export function fill(container, ...children) {
    container.replaceChildren();
    append(container, children);
}

function append(parent, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        if (Array.isArray(child)) append(parent, child);
        else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Only http(s) links and images: a javascript: or data: URL from outside must never reach an href or src. */
export function safeUrl(url) {
    if (!url) return null;
    try {
        const parsed = new URL(url, document.baseURI);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch {
        return null;
    }
}

const AVATAR_HUES = [211, 262, 330, 24, 152, 190, 45, 290];

/**
 * A round avatar: the picture when there is a safe URL, otherwise the first letter of the shown name on a
 * colour picked from the id, so the same contact always looks the same.
 */
export function avatar(displayName, avatarUrl, id, size = 'medium') {
    const url = safeUrl(avatarUrl);
    const hue = AVATAR_HUES[Math.abs(Number(id) || 0) % AVATAR_HUES.length];
    const element = h('span', { class: `avatar avatar--${size}`, 'aria-hidden': 'true', style: `--avatar-hue: ${hue}` });
    if (url) {
        const image = h('img', { src: url, alt: '', loading: 'lazy', referrerPolicy: 'no-referrer' });
        // A broken picture falls back to the letter rather than a broken-image icon.
        image.addEventListener('error', () => element.replaceChildren(initial(displayName)));
        element.append(image);
    } else {
        element.append(initial(displayName));
    }
    return element;
}

function initial(name) {
    const letter = [...(name ?? '').trim()].find(character => /\p{L}|\p{N}/u.test(character));
    return (letter ?? '?').toUpperCase();
}

/**
 * Renders a keyed list in place: a node whose item did not change (same signature) is kept, so a poll that
 * brings nothing new does not touch the DOM. The container's scroll position and the keyboard focus on an
 * item survive even when items move.
 */
export function reconcile(container, items, { key, signature, render }) {
    const previous = container.keyedNodes ?? new Map();
    const next = new Map();
    const focusedKey = container.contains(document.activeElement)
        ? document.activeElement.closest('[data-key]')?.dataset.key : null;
    const nodes = items.map(item => {
        const itemKey = String(key(item));
        const itemSignature = signature(item);
        const kept = previous.get(itemKey);
        const node = kept && kept.signature === itemSignature ? kept.node : render(item);
        node.dataset.key = itemKey;
        next.set(itemKey, { signature: itemSignature, node });
        return node;
    });
    container.keyedNodes = next;
    const unchanged = nodes.length === container.children.length
        && nodes.every((node, index) => container.children[index] === node);
    if (unchanged) return;
    const scroller = container.closest('[data-scroll-keeper]') ?? container.parentElement;
    const scrollTop = scroller?.scrollTop ?? 0;
    container.replaceChildren(...nodes);
    if (scroller) scroller.scrollTop = scrollTop;
    if (focusedKey && next.has(focusedKey)) {
        const target = next.get(focusedKey).node;
        (target.matches('button, a, [tabindex]') ? target : target.querySelector('button, a, [tabindex]'))
            ?.focus({ preventScroll: true });
    }
}
