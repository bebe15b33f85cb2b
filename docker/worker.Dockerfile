# syntax=docker/dockerfile:1
# Seraph worker: NestJS application context + BullMQ on Node 20. Built with the whole workspace by
# the same Nx target CI runs, shipped as the worker's dist plus production dependencies only, as the
# unprivileged "node" user. Build from the repository root: docker build -f docker/worker.Dockerfile .
ARG NODE_IMAGE=node:20-bookworm-slim

# Package manifests only: the install layers below are rebuilt when dependencies change, not on
# every source edit. Every workspace's package.json is kept, so new libs need no edit here.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
 && find . -type d -empty -delete

# Compiled JavaScript is the same on every platform, so it is built once, natively.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
WORKDIR /repo
COPY --from=manifests /src ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci --no-audit --no-fund
COPY . .
RUN npx nx run @seraph/worker:build --outputStyle=static \
 && node docker/runtime-files.mjs @seraph/worker /out

# Production dependencies of the worker and its workspace libs, installed for the target platform
# (BullMQ's msgpackr native prebuilds). Dev tools (Nx, TypeScript, jest…) never reach the image.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /repo
COPY --from=manifests /src ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --workspace @seraph/worker --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
# Nothing at run time uses npm, npx, corepack or yarn: drop them (and their CVEs).
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx \
      /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-* \
 && mkdir -p /app/logs && chown node:node /app/logs
ENV NODE_ENV=production LOG_FORMAT=json LLM_LOG_DIR=/app/logs \
    WORKER_HEALTH_HOST=0.0.0.0 WORKER_HEALTH_PORT=3001
WORKDIR /app
COPY --from=prod-deps /repo ./
COPY --from=build /out ./
# Same working directory and command as the worker's `start` script (`node dist/main.js`).
WORKDIR /app/apps/worker
# The base image's unprivileged "node" user (uid 1000); only /app/logs and /tmp are written.
USER node
EXPOSE 3001
# The worker's probe: 200 when Redis and PostgreSQL answer (it reports the last heartbeat too).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WORKER_HEALTH_PORT||3001)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
