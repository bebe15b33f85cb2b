import { startRunServices } from '@seraph/testing';

/** The end-to-end run gets a redis-server of its own (TEST_REDIS_URL): see startRunServices. */
export default function globalSetup(): Promise<void> {
  return startRunServices();
}
