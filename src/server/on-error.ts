// One place maps thrown errors to HTTP answers; internals never reach the client on a 500.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, toErrorBody } from './api-error.js';

export function answerError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    if (err.status === 401) c.header('WWW-Authenticate', 'Bearer realm="onrecord"');
    return c.json(toErrorBody(err.code, err.message, err.issues), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return c.json(toErrorBody('bad-request', err.message || 'Bad request'), err.status);
  }
  process.stderr.write(`onrecord serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return c.json(toErrorBody('internal', 'Internal server error'), 500);
}

export function answerNotFound(c: Context): Response {
  return c.json(toErrorBody('not-found', `No route for ${c.req.method} ${c.req.path}`), 404);
}
