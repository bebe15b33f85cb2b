import { useInsightsStore } from '../stores/insights.store';
import { refreshSeraphChat } from './seraph-session';

/** Delivers the queued insights (toast says how many) and refreshes the chat if it shows them. */
export async function deliverInsightsNow(): Promise<void> {
  const count = await useInsightsStore.getState().deliver();
  if (count) await refreshSeraphChat();
}
