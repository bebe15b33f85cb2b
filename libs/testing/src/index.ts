export { getFreePort } from './free-port';
export { waitFor } from './wait-for';
export {
  createTestDatabase,
  dropDatabase,
  TEST_POSTGRES_ADMIN_URL,
  type TestDatabase,
} from './test-database';
export { startPrivateRedis, SHARED_REDIS_URL, type PrivateRedis } from './redis-server';
export {
  startOpenAIStandIn,
  type OpenAIStandIn,
  type RecordedRequest,
  type ReplyFunction,
  type ScriptedCompletion,
  type ScriptedError,
  type ScriptedReply,
  type ScriptedToolCall,
} from './openai-stand-in';
export {
  startGoogleStandIn,
  type GoogleEvent,
  type GoogleRequestCounts,
  type GoogleStandIn,
} from './google-stand-in';
export { startRunServices, stopRunServices } from './run-services';
