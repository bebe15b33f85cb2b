import { useEffect } from 'react';
import { startServerConnection } from './server-connection';

/** Keeps readiness polling and the socket running while the shell is mounted. */
export function useServerConnection(): void {
  useEffect(() => startServerConnection(), []);
}
