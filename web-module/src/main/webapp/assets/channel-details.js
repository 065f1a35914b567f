/**
 * What a channel adds to a message or a conversation beyond its text, read for a person: the customer's
 * reaction, an edit, the button or quick reply they tapped, the link or ad they came from. The server keeps
 * these as JSON strings (a message's contentAttributes, a conversation's referral) in the channel's own
 * words; anything missing or malformed simply reads as "nothing to show".
 */

/** A JSON object from a string the server sent, or {} when there is none or it is not an object. */
export function parseDetails(json) {
    if (!json) return {};
    try {
        const parsed = typeof json === 'string' ? JSON.parse(json) : json;
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch {
        return {};
    }
}

/** Messenger's reaction names, for when Facebook sends a reaction without its emoji. */
const REACTION_EMOJI = { smile: '😆', angry: '😠', sad: '😢', wow: '😮', love: '❤️', like: '👍' };

/** The customer's current reaction to a message, or null when there is none (or they took it back). */
export function reactionOf(details) {
    const reaction = details.reaction;
    if (!reaction || typeof reaction !== 'object' || reaction.removed) return null;
    const name = text(reaction.reaction) ?? 'other';
    const emoji = text(reaction.emoji) ?? REACTION_EMOJI[name] ?? '♡';
    return { emoji, name };
}

/** The customer's edit of a message: how many times, and the text first sent; null when never edited. */
export function editOf(details) {
    const edit = details.edit;
    if (!edit || typeof edit !== 'object') return null;
    const count = Number(edit.count) > 0 ? Number(edit.count) : 1;
    return { count, originalText: typeof edit.originalText === 'string' ? edit.originalText : '' };
}

/**
 * The short notes a message carries, in the order an agent reads them: how the customer answered (a button,
 * a quick reply, a reply to an earlier message), where they came from, and how it reached LiveDesk.
 * Each note: { kind, text, title } where title holds what only a curious agent needs (the payload).
 */
export function notesOf(details) {
    const notes = [];
    if (details.postback && typeof details.postback === 'object') {
        const title = text(details.postback.title);
        notes.push({ kind: 'postback', text: title ? `Button: ${title}` : 'Button',
            title: payloadTitle(details.postback.payload) });
    }
    if (details.quick_reply && typeof details.quick_reply === 'object') {
        notes.push({ kind: 'quick-reply', text: 'Quick reply', title: payloadTitle(details.quick_reply.payload) });
    }
    if (details.reply_to && typeof details.reply_to === 'object') {
        const quoted = text(details.reply_to.text);
        notes.push({ kind: 'reply-to', text: quoted ? `Replying to “${quoted}”` : 'Replying to an earlier message',
            title: null });
    }
    const cameFrom = referralText(details.referral);
    if (cameFrom) notes.push({ kind: 'referral', text: `Came from: ${cameFrom}`, title: referralTitle(details.referral) });
    if (details.standby === true) {
        notes.push({ kind: 'standby', text: 'Received while another app handled the conversation',
            title: 'Messenger gave the conversation to another app (handover protocol); LiveDesk only listened.' });
    }
    return notes;
}

/** How Messenger names the places a conversation starts from. */
const SOURCE_NAMES = {
    SHORTLINK: 'm.me link',
    ADS: 'ad',
    MESSENGER_CODE: 'Messenger code',
    DISCOVER_TAB: 'Discover tab',
    CUSTOMER_CHAT_PLUGIN: 'chat plugin on the website',
    CHAT_PLUGIN: 'chat plugin on the website',
    PAGE_INFO: 'the Page',
};

/**
 * Where a customer came from, in a few words: "m.me link summer-sale", or for an ad "Ad 12345: Summer sale"
 * (its title, when Facebook shared it). Accepts the referral as an object or as its JSON string; null when
 * there is nothing to say.
 */
export function referralText(referral) {
    const details = parseDetails(referral);
    const ref = text(details.ref);
    const adId = text(details.ad_id);
    if (adId || details.source === 'ADS') {
        const adTitle = text(details.ads_context_data?.ad_title);
        const ad = adId ? `Ad ${adId}` : 'An ad';
        return [adTitle ? `${ad}: ${adTitle}` : ad, ref && `(${ref})`].filter(Boolean).join(' ');
    }
    const source = text(details.source);
    const sourceName = source ? SOURCE_NAMES[source] ?? source.toLowerCase().replaceAll('_', ' ') : null;
    const words = [sourceName, ref].filter(Boolean).join(' ');
    return words || null;
}

/** The raw parts of a referral, for a tooltip: what an agent may need to tell marketing. */
export function referralTitle(referral) {
    const details = parseDetails(referral);
    const parts = [
        details.source && `source ${details.source}`,
        details.type && `type ${details.type}`,
        details.ref && `ref ${details.ref}`,
        details.ad_id && `ad ${details.ad_id}`,
        details.ads_context_data?.post_id && `post ${details.ads_context_data.post_id}`,
    ].filter(part => typeof part === 'string');
    return parts.length ? parts.join(' · ') : null;
}

/** True for LiveDesk's own copy of a file (same origin), as opposed to the channel's link. */
export function isOwnCopy(url) {
    return typeof url === 'string' && url.startsWith('/files/');
}

function payloadTitle(payload) {
    return text(payload) ? `Payload: ${payload}` : null;
}

function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}
