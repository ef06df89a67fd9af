export { analyze, ANALYSIS_VERSION } from './analyze.js';
export { toQuoteRecord } from './quotes/to-quote-record.js';
export type * from './types.js';
export { readStream } from './ingest/read-stream.js';
export type { InputFormat, InputRef, ReadError, ReadItem } from './ingest/read-item.js';
