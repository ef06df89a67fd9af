import { runQuoteEngine } from './run-quote-engine.js';

/** The contents of the indirect quotes the quote engine finds in `text`, in order (for table-driven tests). */
export function indirectContents(text: string): string[] {
  return runQuoteEngine(text)
    .quotes.filter((q) => q.type === 'indirect')
    .map((q) => q.content);
}
