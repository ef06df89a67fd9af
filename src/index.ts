export { ANALYSIS_VERSION, analyze } from './analyze.js';
export type { InputFormat, InputRef, ReadError, ReadItem } from './ingest/read-item.js';
export { readStream } from './ingest/read-stream.js';
export { toQuoteRecord } from './quotes/to-quote-record.js';
export type * from './types.js';
