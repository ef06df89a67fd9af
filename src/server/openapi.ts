// The OpenAPI 3 description served at /api/openapi.json; test/server.test.ts checks it lists exactly the app's routes.
import { MAX_LIMIT } from './query-schemas.js';
import { MAX_BATCH } from './read-article-items.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const pathId = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const nullable = (type: string) => ({ type: [type, 'null'] });
const datePrefix = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const limit = { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 };
const span = {
  type: ['object', 'null'],
  properties: { text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'onrecord',
    version: '0.1.0',
    description:
      'Who said what, when, citing whom — and who reported it first. Offsets are [start, end) UTF-16 indices into the article text.',
  },
  paths: {
    '/healthz': {
      get: {
        summary: 'Liveness and store check',
        responses: {
          '200': {
            description: 'Up',
            content: json({
              type: 'object',
              properties: {
                ok: { type: 'boolean' },
                store: { type: 'string' },
                articles: { type: 'integer' },
              },
            }),
          },
          '503': error('The store cannot be read'),
        },
      },
    },
    '/api/openapi.json': {
      get: {
        summary: 'This description',
        responses: { '200': { description: 'OpenAPI 3 document', content: json({ type: 'object' }) } },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Search stored quotes',
        parameters: [
          query('q', 'Full-text search over quote content'),
          query('speaker', 'Speaker name or alias'),
          query('speakerId', 'Canonical speaker id'),
          query('from', 'Statement date lower bound (inclusive; falls back to publication date)', datePrefix),
          query(
            'to',
            'Statement date upper bound (inclusive; a month or year covers the whole period)',
            datePrefix,
          ),
          query('outlet', 'Outlet that published the article'),
          query('type', 'Quote type', { type: 'string', enum: ['direct', 'indirect', 'belief'] }),
          query('article', 'Article id'),
          query('clusterId', 'Quote cluster id'),
          query('limit', `Page size (1–${MAX_LIMIT})`, limit),
          query('cursor', "Opaque cursor from a previous page's next"),
        ],
        responses: {
          '200': {
            description: 'One page of quotes',
            content: json({
              type: 'object',
              required: ['quotes', 'total', 'next'],
              properties: {
                quotes: { type: 'array', items: ref('StoredQuote') },
                total: { type: 'integer' },
                totalIsLowerBound: {
                  type: 'boolean',
                  description: 'present and true when the store capped its count: total is a lower bound',
                },
                next: nullable('string'),
              },
            }),
          },
          '400': error('Invalid query parameter'),
        },
      },
    },
    '/api/speakers': {
      get: {
        summary: 'List canonical speakers',
        parameters: [
          query('q', 'Name or alias contains'),
          query('limit', `At most this many (1–${MAX_LIMIT})`, limit),
        ],
        responses: {
          '200': {
            description: 'Speakers',
            content: json({
              type: 'object',
              properties: { speakers: { type: 'array', items: ref('SpeakerSummary') } },
            }),
          },
          '400': error('Invalid query parameter'),
        },
      },
    },
    '/api/speakers/{id}': {
      get: {
        summary: 'One speaker: aliases, counts and quotes over time',
        parameters: [pathId('Canonical speaker id')],
        responses: {
          '200': {
            description: 'The speaker',
            content: json({ type: 'object', properties: { speaker: ref('SpeakerDetail') } }),
          },
          '400': error('Invalid id'),
          '404': error('No such speaker'),
        },
      },
    },
    '/api/clusters/{id}': {
      get: {
        summary: 'One quote cluster: its reports across outlets over time, the first report marked',
        parameters: [pathId('Cluster id')],
        responses: {
          '200': {
            description: 'The cluster',
            content: json({ type: 'object', properties: { cluster: ref('Cluster') } }),
          },
          '400': error('Invalid id'),
          '404': error('No such cluster'),
        },
      },
    },
    '/api/articles': {
      post: {
        summary: 'Analyze and store articles (one, a JSON array, or JSONL)',
        description: `At most ${MAX_BATCH} articles per request. Each item is stored or answered with its own error.`,
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput') }] },
            },
            'application/x-ndjson': {
              schema: { type: 'string', description: 'One ArticleInput JSON object a line' },
            },
          },
        },
        responses: {
          '200': { description: 'What was stored, with a result per item', content: json(ref('PutAnswer')) },
          '400': error('Unreadable body'),
          '401': error('Missing or wrong bearer token'),
          '403': error('Writing is disabled (no token configured)'),
          '413': error('Body or batch too large'),
          '415': error('Unsupported content type'),
          '422': { description: 'No item could be stored', content: json(ref('PutAnswer')) },
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article: text, quotes with offsets, spin and provenance',
        parameters: [pathId('Article id')],
        responses: {
          '200': { description: 'The article', content: json(ref('ArticleView')) },
          '400': error('Invalid id'),
          '404': error('No such article'),
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string' },
              message: { type: 'string' },
              issues: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { path: { type: 'string' }, message: { type: 'string' } },
                },
              },
            },
          },
        },
      },
      StoredQuote: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          article: { type: 'string' },
          type: { type: 'string', enum: ['direct', 'indirect', 'belief'] },
          content: { type: 'string' },
          start: { type: 'integer' },
          end: { type: 'integer' },
          speaker: nullable('string'),
          speakerId: nullable('string'),
          mention: nullable('string'),
          cue: nullable('string'),
          when: nullable('string'),
          published: nullable('string'),
          clusterId: nullable('string'),
          articleTitle: nullable('string'),
          url: nullable('string'),
          outlet: nullable('string'),
        },
      },
      SpeakerSummary: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          aliases: { type: 'array', items: { type: 'string' } },
          quoteCount: { type: 'integer' },
          articleCount: { type: 'integer' },
          first: nullable('string'),
          last: nullable('string'),
        },
      },
      SpeakerDetail: {
        allOf: [
          ref('SpeakerSummary'),
          {
            type: 'object',
            properties: {
              timeline: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    period: { type: 'string', description: 'YYYY-MM' },
                    count: { type: 'integer' },
                  },
                },
              },
            },
          },
        ],
      },
      Cluster: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          speaker: nullable('string'),
          speakerId: nullable('string'),
          content: { type: 'string' },
          first: { oneOf: [ref('ClusterReport'), { type: 'null' }] },
          reports: { type: 'array', items: ref('ClusterReport') },
          outlets: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                outlet: { type: 'string' },
                reports: { type: 'integer' },
                first: nullable('string'),
              },
            },
          },
          detail: { description: "The corpus layer's detail (variants, similarity) when available" },
        },
      },
      ClusterReport: {
        type: 'object',
        properties: {
          quoteId: { type: 'string' },
          article: { type: 'string' },
          title: nullable('string'),
          url: nullable('string'),
          outlet: nullable('string'),
          published: nullable('string'),
          when: nullable('string'),
          type: { type: 'string' },
          content: { type: 'string' },
          speaker: nullable('string'),
          first: { type: 'boolean' },
        },
      },
      ArticleView: {
        type: 'object',
        properties: {
          article: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              date: nullable('string'),
              title: { type: 'string' },
              url: { type: 'string' },
              source: { type: 'string' },
            },
          },
          text: { type: 'string' },
          quotes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                type: { type: 'string' },
                content: { type: 'string' },
                start: { type: 'integer' },
                end: { type: 'integer' },
                partial: { type: 'boolean' },
                speaker: nullable('string'),
                speakerId: nullable('string'),
                clusterId: nullable('string'),
                mention: span,
                cue: span,
                when: nullable('string'),
                confidence: { type: 'number' },
                rule: { type: 'string' },
              },
            },
          },
          spin: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                text: { type: 'string' },
                usual: { type: 'string' },
                canonical: { type: 'string' },
                start: { type: 'integer' },
                end: { type: 'integer' },
              },
            },
          },
          provenance: { description: 'Copies, stitched sources and spin from the corpus layer, or null' },
          diagnostics: { type: 'array', items: { type: 'object' } },
        },
      },
      ArticleInput: {
        type: 'object',
        required: ['id', 'text'],
        properties: {
          id: { type: 'string' },
          date: { type: ['string', 'null'], description: 'YYYY-MM-DD or an ISO 8601 timestamp' },
          text: { type: 'string' },
          title: { type: 'string' },
          url: { type: 'string' },
          source: { type: 'string', description: 'Outlet ("outlet" is accepted too)' },
        },
      },
      PutAnswer: {
        type: 'object',
        properties: {
          stored: { type: 'integer' },
          unchanged: { type: 'integer' },
          failed: { type: 'integer' },
          warnings: {
            type: 'array',
            items: { type: 'string' },
            description: 'Present when the articles were stored but the corpus index could not be updated',
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                index: { type: 'integer' },
                id: nullable('string'),
                ok: { type: 'boolean' },
                quotes: { type: 'integer' },
                error: { type: 'object', properties: { message: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
} as const;
