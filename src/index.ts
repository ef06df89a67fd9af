export { analyze, ANALYSIS_VERSION } from './analyze.js';
export { toQuoteRecord } from './quotes/to-quote-record.js';
export type * from './types.js';
