export * from './goal.js';
export * from './attention.js';
export * from './health.js';
export * from './socket-events.js';
export * from './auth.js';
export * from './settings-api.js';
export * from './goals-api.js';
export * from './chat-api.js';
