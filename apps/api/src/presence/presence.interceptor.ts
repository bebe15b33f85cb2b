import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { type Observable, tap } from 'rxjs';
import { PresenceService } from './presence.service';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Counts every successful non-GET request under /api as a user interaction. Recorded after the
 * handler succeeded and without holding the response back; failures are the service's to log.
 */
@Injectable()
export class PresenceInterceptor implements NestInterceptor {
  constructor(private readonly presence: PresenceService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const path = request.originalUrl ?? request.url;
    if (READ_METHODS.has(request.method) || !isApiPath(path)) return next.handle();
    return next.handle().pipe(
      tap({
        complete: () => {
          void this.presence.recordInteraction();
        },
      }),
    );
  }
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
}
