/**
 * Cross-origin access for browser tools on other origins (a hosted GraphQL IDE, a team's
 * dashboard), opt-in: only the origins in CORS_ORIGINS get CORS headers, and with none listed a
 * browser on another origin cannot read an answer. The API is read-only and needs no
 * credentials, so no `Access-Control-Allow-Credentials`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The request headers a cross-origin GraphQL client sends: JSON bodies, and Apollo's CSRF header for GETs. */
const ALLOWED_HEADERS = 'content-type, apollo-require-preflight';
/** How long a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export interface Cors {
  /**
   * Adds the CORS headers `req` earns; returns true when it was a preflight, now answered.
   * Anything else is left for the route to answer.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export function corsFor(allowedOrigins: readonly string[]): Cors {
  const allowed = new Set(allowedOrigins);
  return {
    handle(req, res) {
      if (allowed.size === 0) return false;
      // Answers differ by Origin, so caches must key on it.
      res.setHeader('vary', 'Origin');
      const origin = req.headers.origin;
      if (origin === undefined || !allowed.has(origin)) return false;
      res.setHeader('access-control-allow-origin', origin);
      if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      });
      res.end();
      return true;
    },
  };
}
