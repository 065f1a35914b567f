// The customer's side of Messenger in the Facebook sandbox: choose a Page and a customer, write, tap Get
// Started, send a sample photo, and watch the Page's replies arrive. It polls the thread (every two seconds
// while the tab is visible): simpler than a push channel, and the sandbox serves one person.

const API = 'api';
const POLL_MS = 2000;

const $ = (id) => document.getElementById(id);
const state = { pageId: null, psid: null, threadKey: '', pages: [], timer: null };

async function call(path, body) {
    const init = body === undefined ? {} : {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
    };
    const response = await fetch(`${API}/${path}`, init);
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
        throw new Error(json.error || `The sandbox answered ${response.status}.`);
    }
    return json;
}

function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (name === 'className') node.className = value;
        else if (name === 'text') node.textContent = value;
        else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
}

function showError(error) {
    $('error').textContent = error ? error.message : '';
    $('error').hidden = !error;
}

async function loadPages() {
    const { pages } = await call('pages');
    state.pages = pages;
    $('page').replaceChildren(...pages.map((page) => element('option', { value: page.id, text: page.name })));
    const remembered = sessionStorage.getItem('sandbox.page');
    state.pageId = pages.some((p) => p.id === remembered) ? remembered : pages[0]?.id;
    $('page').value = state.pageId;
    await loadCustomers();
}

function describeSubscription(fields) {
    const note = $('subscription');
    if (!fields.length) {
        note.className = 'hint hint--warning';
        note.textContent = 'LiveDesk has not subscribed to this Page yet, so nothing you write here reaches it. '
            + 'Connect the Page in LiveDesk first (Log in with Facebook).';
    } else if (!fields.includes('messages')) {
        note.className = 'hint hint--warning';
        note.textContent = `Subscribed to ${fields.join(', ')}, but not to messages.`;
    } else {
        note.className = 'hint';
        note.textContent = `LiveDesk is subscribed: ${fields.join(', ')}.`;
    }
}

async function loadCustomers() {
    sessionStorage.setItem('sandbox.page', state.pageId);
    const { customers } = await call(`pages/${state.pageId}/customers`);
    const remembered = sessionStorage.getItem(`sandbox.customer.${state.pageId}`);
    const chosen = customers.find((c) => c.psid === (state.psid ?? remembered)) ?? customers[0];
    renderCustomers(customers, chosen?.psid);
    await choose(chosen);
}

function renderCustomers(customers, chosenPsid) {
    $('customers').replaceChildren(...customers.map((customer) => {
        const button = element('button', {
            type: 'button', className: 'customer-choice', 'aria-pressed': String(customer.psid === chosenPsid),
        }, element('img', { className: 'avatar', src: customer.profile_pic, alt: '' }),
        element('span', { text: customer.name }));
        button.addEventListener('click', () => { renderCustomers(customers, customer.psid); choose(customer); });
        return element('li', {}, button);
    }));
}

async function choose(customer) {
    state.psid = customer?.psid ?? null;
    state.threadKey = '';
    $('thread').replaceChildren();
    $('text').disabled = $('send').disabled = !customer;
    $('chat-avatar').hidden = !customer;
    if (!customer) {
        $('chat-title').textContent = 'Add a customer to start';
        return;
    }
    sessionStorage.setItem(`sandbox.customer.${state.pageId}`, customer.psid);
    $('chat-avatar').src = customer.profile_pic;
    const page = state.pages.find((p) => p.id === state.pageId);
    $('chat-title').textContent = `${customer.name} → ${page?.name ?? 'Page'}`;
    await refresh();
}

function bubble(message) {
    if (message.postback) {
        return element('div', { className: 'bubble bubble--postback', text: message.text });
    }
    if (message.attachment) {
        const img = element('img', { src: message.attachment.url, alt: 'Photo', loading: 'lazy' });
        return element('div', { className: `bubble bubble--image bubble--${message.from}` }, img);
    }
    return element('div', { className: `bubble bubble--${message.from}`, text: message.text ?? '' });
}

function renderThread(thread) {
    const key = JSON.stringify([thread.messages.map((m) => m.mid), thread.read_watermark]);
    if (key === state.threadKey) return;
    state.threadKey = key;
    const box = $('thread');
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    if (!thread.messages.length) {
        const start = element('button', { type: 'button', className: 'button button--primary', text: 'Get Started' });
        start.addEventListener('click', () => act(() => call(`customers/${state.psid}/get-started`, {})));
        box.replaceChildren(element('div', { className: 'chat__empty' },
            element('p', { text: 'A new conversation. Tap Get Started, as a customer opening the Page\'s link would, or just write.' }),
            start));
        return;
    }
    const items = thread.messages.map(bubble);
    const lastCustomer = [...thread.messages].reverse().find((m) => m.from === 'customer');
    if (lastCustomer) {
        items.push(element('div', { className: 'bubble__meta', text: thread.reply_window_open
            ? 'The Page can reply freely for 24 hours after your last message.'
            : 'More than 24 hours since your last message: the Page needs the HUMAN_AGENT tag to reply.' }));
    }
    box.replaceChildren(...items);
    if (atBottom || items.length) box.scrollTop = box.scrollHeight;
}

function renderDeliveries(deliveries) {
    $('deliveries').replaceChildren(...deliveries.map((d) => element('li', {
        'data-outcome': d.outcome,
        text: `${new Date(d.at).toLocaleTimeString()} ${d.what} (${d.field}): ${
            d.outcome === 'DELIVERED' ? 'delivered' : d.outcome === 'FAILED' ? 'failed' : 'not sent'} — ${d.detail}`,
    })));
}

async function refresh() {
    if (!state.psid) return;
    const psid = state.psid;
    const thread = await call(`customers/${psid}/thread`);
    if (psid !== state.psid) return;
    describeSubscription(thread.subscribed_fields);
    renderThread(thread);
    renderDeliveries(thread.deliveries);
    // The customer has now seen the Page's replies on screen: tell Facebook's side, which tells LiveDesk.
    const lastReply = thread.messages.filter((m) => m.from === 'page').at(-1);
    if (lastReply && lastReply.timestamp > thread.read_watermark && document.visibilityState === 'visible') {
        await call(`customers/${psid}/read`, { watermark: lastReply.timestamp });
    }
}

async function act(action) {
    showError(null);
    try {
        await action();
        await refresh();
    } catch (error) {
        showError(error);
    }
}

async function loadSamples() {
    const { samples } = await call('samples');
    $('samples').replaceChildren(...samples.map((sample) => {
        const button = element('button', { type: 'button', className: 'sample', title: `Send: ${sample.alt}` },
            element('img', { src: `../media/${sample.name}`, alt: `Send the photo: ${sample.alt}` }));
        button.addEventListener('click', () => {
            if (state.psid) act(() => call(`customers/${state.psid}/messages`, { sample: sample.name }));
        });
        return button;
    }));
}

function poll() {
    clearInterval(state.timer);
    state.timer = setInterval(() => {
        if (document.visibilityState === 'visible') refresh().catch(showError);
    }, POLL_MS);
}

$('page').addEventListener('change', () => act(async () => {
    state.pageId = $('page').value;
    state.psid = null;
    await loadCustomers();
}));

$('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('text').value;
    if (!text.trim() || !state.psid) return;
    act(async () => {
        await call(`customers/${state.psid}/messages`, { text });
        $('text').value = '';
    });
});

$('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        $('composer').requestSubmit();
    }
});

$('new-customer').addEventListener('submit', (event) => {
    event.preventDefault();
    const [first, ...rest] = $('new-customer-name').value.trim().split(/\s+/);
    act(async () => {
        const customer = await call(`pages/${state.pageId}/customers`, { first_name: first, last_name: rest.join(' ') });
        $('new-customer-name').value = '';
        state.psid = customer.psid;
        await loadCustomers();
    });
});

document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh().catch(showError);
});

Promise.all([loadPages(), loadSamples()]).then(poll).catch(showError);
