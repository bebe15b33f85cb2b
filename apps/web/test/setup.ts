import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useToastStore } from '../src/stores/toast.store';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// Error toasts from one test must not leak into the next.
beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});
