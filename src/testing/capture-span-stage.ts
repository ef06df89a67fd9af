// A test fixture for the PolNeAR span stage (invented text only): what the tagger is handed.

import { useSpanTagger } from '../quotes/polnear/span-tagger.js';
import type { QuoteContext } from '../quotes/quote-context.js';
import type { Quote } from '../types.js';
import { runQuoteEngine } from './run-quote-engine.js';

/** The context and the rules' quotes of a text, as the tagger sees them (the tagger itself left out). */
export function captureSpanStage(text: string): { ctx: QuoteContext; quotes: Quote[] } {
  let got: { ctx: QuoteContext; quotes: Quote[] } | null = null;
  const saved = useSpanTagger((ctx, quotes) => {
    got = { ctx, quotes };
    return quotes;
  });
  try {
    runQuoteEngine(text, { spans: 'polnear', kinds: 'all' });
  } finally {
    useSpanTagger(saved);
  }
  if (!got) throw new Error('the PolNeAR span stage did not run');
  return got;
}
