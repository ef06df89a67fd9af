import { runQuoteEngine } from './run-quote-engine.js';

/** The contents of the indirect quotes the quote engine finds in `text`, in order (for table-driven tests). */
export function indirectContents(text: string): string[] {
  return runQuoteEngine(text)
    .quotes.filter((q) => q.type === 'indirect')
    .map((q) => q.content);
}

/** Each indirect quote's content and mention text (null when none), in order (for table-driven tests). */
export function indirectContentsWithMentions(text: string): [string, string | null][] {
  return runQuoteEngine(text)
    .quotes.filter((q) => q.type === 'indirect')
    .map((q) => [q.content, q.mention?.text ?? null]);
}
