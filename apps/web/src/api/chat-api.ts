import type { ChatMessagePage, ChatSession } from '@seraph/contracts';
import { callApi } from './api-client';

export const chatApi = {
  listSessions: () => callApi<ChatSession[]>('listSessions'),
  createSession: (title?: string) =>
    callApi<ChatSession>('createSession', { json: title ? { title } : {} }),
  renameSession: (id: string, title: string) =>
    callApi<ChatSession>('renameSession', { params: { id }, json: { title } }),
  deleteSession: (id: string) => callApi<null>('deleteSession', { params: { id } }),
  messages: (id: string, before?: string, limit = 50) =>
    callApi<ChatMessagePage>('sessionMessages', { params: { id }, query: { before, limit } }),
};
