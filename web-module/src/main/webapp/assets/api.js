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
