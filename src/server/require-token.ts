// The write endpoint's guard: `Authorization: Bearer TOKEN`; without a configured token writing is off.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) {
      throw new ApiError(
        403,
        'write-disabled',
        'Writing is disabled: start the server with --token or ONRECORD_TOKEN',
      );
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      throw new ApiError(401, 'unauthorized', 'Missing bearer token: send "Authorization: Bearer TOKEN"');
    if (!timingSafeEqual(digest(match[1]), expected))
      throw new ApiError(401, 'unauthorized', 'Wrong bearer token');
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
