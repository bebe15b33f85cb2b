# syntax=docker/dockerfile:1
# Seraph web: the SPA built by the same Nx target CI runs, served by unprivileged nginx on port
# 8080, which also proxies /api, /health and /socket.io to the api (docker/nginx.conf).
# Build from the repository root: docker build -f docker/web.Dockerfile .
ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

# Package manifests only: `npm ci` below is re-run when dependencies change, not on every edit.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
 && find . -type d -empty -delete

# Static files are the same on every platform, so they are built once, natively.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
WORKDIR /repo
COPY --from=manifests /src ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci --no-audit --no-fund
COPY . .
RUN npx nx run @seraph/web:build --outputStyle=static

FROM ${NGINX_IMAGE} AS runtime
# Our nginx.conf is complete (it includes nothing from conf.d); drop the image's default site.
USER root
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /repo/apps/web/dist /usr/share/nginx/html
# uid 101 ("nginx") of the unprivileged image: port 8080 needs no capability.
USER 101
EXPOSE 8080
# nginx's own probe (/nginx-health): independent of the api, so a slow api never restarts the web.
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/nginx-health"]
# Prefix /tmp/: the pid file and temp folders (relative paths in nginx.conf) go to /tmp, so the
# root filesystem can be read-only; errors to stderr from the first line on.
CMD ["nginx", "-e", "stderr", "-p", "/tmp/", "-c", "/etc/nginx/nginx.conf", "-g", "daemon off;"]
