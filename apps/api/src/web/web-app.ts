import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { notBuiltPage } from './not-built.page';

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/** Paths that belong to the api, never to the SPA (a missing asset is a 404, not index.html). */
const NOT_SPA = /^\/(api|health|socket\.io|assets)(\/|$)/i;

/**
 * Serves the built web app from `webDistDir` at `/`: files as they are (hashed assets cached for a
 * year, everything else revalidated), and index.html for any other page path so client-side
 * routes survive a reload. Without a build, `/` explains how to make one. Returns whether a build
 * was found.
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): boolean {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (!isPageRequest(req) || (req.path !== '/' && req.path !== '/index.html')) return next();
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(notBuiltPage(webDistDir));
    });
    return false;
  }

  app.useStaticAssets(webDistDir, {
    index: false,
    redirect: false,
    setHeaders: (res, filePath) => {
      const inAssets = relative(webDistDir, filePath).split(sep)[0] === 'assets';
      res.setHeader('Cache-Control', inAssets ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req) || NOT_SPA.test(req.path)) return next();
    res.setHeader('Cache-Control', REVALIDATE_CACHE);
    res.sendFile('index.html', { root: webDistDir }, (error) => {
      if (error) next(error);
    });
  });
  return true;
}

function isPageRequest(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}
