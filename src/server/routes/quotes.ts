// GET /api/quotes?q=&speaker=&speakerId=&from=&to=&outlet=&type=&article=&clusterId=&limit=&cursor=
import type { Hono } from 'hono';
import { decodeCursor } from '../../store/cursor.js';
import type { QuoteQuery, Store } from '../../store/store.js';
import { ApiError } from '../api-error.js';
import { parseInput } from '../parse-input.js';
import { endOfPeriod, quoteQuerySchema } from '../query-schemas.js';

export function addQuoteRoutes(app: Hono, store: Store): void {
  app.get('/api/quotes', async (c) => {
    const input = parseInput(quoteQuerySchema, c.req.query(), 'query');
    if (input.from && input.to && input.from > endOfPeriod(input.to)) {
      throw new ApiError(
        400,
        'invalid-query',
        `Invalid query parameter "from": ${input.from} is after to=${input.to}`,
      );
    }
    const query: QuoteQuery = { limit: input.limit };
    if (input.q !== undefined) query.q = input.q;
    if (input.speaker !== undefined) query.speaker = input.speaker;
    if (input.speakerId !== undefined) query.speakerId = input.speakerId;
    if (input.from !== undefined) query.from = input.from;
    if (input.to !== undefined) query.to = endOfPeriod(input.to);
    if (input.outlet !== undefined) query.outlet = input.outlet;
    if (input.type !== undefined) query.type = input.type;
    if (input.article !== undefined) query.article = input.article;
    if (input.clusterId !== undefined) query.clusterId = input.clusterId;
    if (input.cursor !== undefined) {
      checkCursor(input.cursor);
      query.cursor = input.cursor;
    }
    const page = await store.queryQuotes(query);
    return c.json({
      quotes: page.quotes,
      total: page.total,
      ...(page.totalIsLowerBound ? { totalIsLowerBound: true } : {}),
      next: page.next,
    });
  });
}

// Both stores make cursors with store/cursor.ts; a cursor they did not make is the client's error, not a 500.
function checkCursor(cursor: string): void {
  try {
    decodeCursor(cursor);
  } catch {
    throw new ApiError(
      400,
      'invalid-query',
      'Invalid query parameter "cursor": not a cursor this server made (use a page\'s "next")',
    );
  }
}
