/** The LiveDesk REST API v1 as the workspace uses it: one function per call, named for what it does. */
import { request } from './http.js';

export const signIn = (email, password) =>
    request('POST', '/auth/login', { body: { email, password }, anonymous: true });
export const signOut = () => request('POST', '/auth/logout');
export const fetchProfile = () => request('GET', '/profile');
export const changeAvailability = availability =>
    request('PUT', '/profile/availability', { body: { availability } });

export const fetchInboxes = () => request('GET', '/inboxes');
export const fetchInbox = inboxId => request('GET', `/inboxes/${inboxId}`);
export const fetchLabels = () => request('GET', '/labels');
export const fetchContact = contactId => request('GET', `/contacts/${contactId}`);

/** query: { assignee, status, inbox, label, q, cursor, limit }. */
export const fetchConversations = (query, signal) => request('GET', '/conversations', { query, signal });
export const fetchConversation = (id, signal) => request('GET', `/conversations/${id}`, { signal });
export const fetchMessages = (id, cursor, signal) =>
    request('GET', `/conversations/${id}/messages`, { query: { cursor }, signal });
export const postMessage = (id, content, isPrivate) =>
    request('POST', `/conversations/${id}/messages`, { body: { content, private: isPrivate } });

export const assignToUser = (id, userId) =>
    request('PUT', `/conversations/${id}/assignee`, { body: { userId, aiAgentId: null } });
export const assignToAiAgent = (id, aiAgentId) =>
    request('PUT', `/conversations/${id}/assignee`, { body: { userId: null, aiAgentId } });
export const unassign = id =>
    request('PUT', `/conversations/${id}/assignee`, { body: { userId: null, aiAgentId: null } });
export const changeStatus = (id, status, snoozedUntil) =>
    request('PUT', `/conversations/${id}/status`, { body: snoozedUntil ? { status, snoozedUntil } : { status } });
export const changePriority = (id, priority) => request('PUT', `/conversations/${id}/priority`, { body: { priority } });
export const replaceLabels = (id, labels) => request('PUT', `/conversations/${id}/labels`, { body: { labels } });

// ---------- Channels & settings (administrators): channels.html ----------

export const fetchUsers = () => request('GET', '/users');
export const createApiInbox = name => request('POST', '/inboxes', { body: { name } });

/** changes: { name, greetingEnabled, greetingMessage, csatEnabled, autoAssignment, assignmentMethod, agentCapacity }; absent fields stay. */
export const changeInboxSettings = (inboxId, changes) => request('PATCH', `/inboxes/${inboxId}`, { body: changes });
/** hours: { enabled, timeZone, outOfOfficeMessage, slots: [{ day, opensAt, closesAt }] } replaces them all. */
export const replaceBusinessHours = (inboxId, hours) =>
    request('PUT', `/inboxes/${inboxId}/business-hours`, { body: hours });
export const addInboxMember = (inboxId, userId) => request('PUT', `/inboxes/${inboxId}/members/${userId}`);
export const removeInboxMember = (inboxId, userId) => request('DELETE', `/inboxes/${inboxId}/members/${userId}`);

/** agent: { name, model, instructions, apiKey, enabled }. */
export const addAiAgent = (inboxId, agent) => request('POST', `/inboxes/${inboxId}/ai-agents`, { body: agent });
export const changeAiAgent = (inboxId, aiAgentId, changes) =>
    request('PATCH', `/inboxes/${inboxId}/ai-agents/${aiAgentId}`, { body: changes });

/** Starts "Log in with Facebook": { loginId, dialogUrl, expiresAt }. */
export const startFacebookLogin = () => request('POST', '/channels/facebook/logins');
export const fetchFacebookLogin = loginId => request('GET', `/channels/facebook/logins/${loginId}`);
export const connectFacebookPage = (loginId, pageId) =>
    request('POST', `/channels/facebook/logins/${loginId}/connect`, { body: { pageId } });
export const retryFacebookSubscription = inboxId =>
    request('POST', `/channels/facebook/inboxes/${inboxId}/subscription`);
export const disconnectFacebookPage = inboxId => request('DELETE', `/channels/facebook/inboxes/${inboxId}`);

// ---------- The open conversation: sending a failed reply again ----------

/** Puts a FAILED reply back in the outbox: answers the MessageView (QUEUED); 409 when the channel no longer allows it. */
export const retryMessage = (conversationId, messageId) =>
    request('POST', `/conversations/${conversationId}/messages/${messageId}/retry`);
