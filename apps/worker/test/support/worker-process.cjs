// A worker as its own OS process, for tests that kill it (SIGKILL) mid-job. Boots the built worker
// (apps/worker/dist) from process.env like main.js, with the production queue table except a
// strategist queue whose lock, deadline and stalled check are short, so a killed worker's job is
// picked up again within seconds. Prints "ready" on stdout once started.
'use strict';
const { loadWorkerConfig } = require('../../dist/config/worker-config.js');
const { createLogger } = require('../../dist/logging/logger.js');
const { PRODUCTION_QUEUE_DEFINITIONS, QUEUE_TABLE } = require('../../dist/queues/queue-table.js');
const { startWorker } = require('../../dist/start-worker.js');

const definitions = {
  queues: {
    ...PRODUCTION_QUEUE_DEFINITIONS.queues,
    strategist: {
      ...QUEUE_TABLE.strategist,
      lockDuration: 3_000,
      timeoutMs: 2_500,
      stalledIntervalMs: 1_000,
    },
  },
  jobs: PRODUCTION_QUEUE_DEFINITIONS.jobs,
};

async function main() {
  const config = loadWorkerConfig();
  const app = await startWorker(config, {
    logger: createLogger(config.log, process.stderr),
    definitions,
  });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error) => {
  process.stderr.write(`worker-process failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
