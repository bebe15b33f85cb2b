import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { REQUEST_ID_HEADER, resolveRequestId } from './request-id';

const PROBE_PATHS = new Set(['/health', '/health/ready']);
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * pino-http middleware for every request (mounted before anything else, so docs, static files and
 * refused requests are logged too): assigns the request id, echoes it in `x-request-id`, and
 * writes one line per response without headers, cookies or bodies.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = resolveRequestId(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // Changes and problems at info and above; successful reads (the web app refreshing its views)
    // at debug, so the default log shows what happened without one line per page load.
    customLogLevel(req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return READ_METHODS.has(req.method ?? '') ? 'debug' : 'info';
    },
    // Health probes arrive every few seconds; a failing readiness check is logged by its controller.
    autoLogging: { ignore: (req) => PROBE_PATHS.has((req.url ?? '').split('?')[0]) },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
