// GET /api/speakers?q=&limit= and GET /api/speakers/:id (aliases, counts, quotes over time).
import type { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { ApiError } from '../api-error.js';
import { parseInput } from '../parse-input.js';
import { idSchema, speakerQuerySchema } from '../query-schemas.js';

export function addSpeakerRoutes(app: Hono, store: Store): void {
  app.get('/api/speakers', async (c) => {
    const input = parseInput(speakerQuerySchema, c.req.query(), 'query');
    const speakers = await store.listSpeakers(input.q, input.limit);
    return c.json({ speakers });
  });

  app.get('/api/speakers/:id', async (c) => {
    const { id } = parseInput(idSchema, { id: c.req.param('id') }, 'path');
    const speaker = await store.getSpeaker(id);
    if (!speaker) throw new ApiError(404, 'not-found', `No speaker "${id}"`);
    return c.json({ speaker });
  });
}
