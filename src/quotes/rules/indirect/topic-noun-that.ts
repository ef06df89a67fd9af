import { type QuoteContext, tokenNorm } from '../../quote-context.js';

// nouns of news and talk whose "that" clause is their own content
const TOPIC_NOUN =
  /^(?:reports?|rumou?rs?|claims?|speculation|suggestions?|allegations?|accusations?|news|charges?|remarks?|comments?|statements?|fears?|concerns?|warnings?|predictions?|assertions?|talk)$/;

/**
 * "Orr commented on reports that the pier would close", "Lee spoke about rumours that …": the "that" clause at token
 * `that` completes a noun of news or talk inside the cue's "on"/"about" phrase; it is the reports' content, not the
 * speaker's (not "said on Friday that …", "said in a statement that …", "spoke about his fears that …").
 */
export function topicNounThat(ctx: QuoteContext, cue: number, that: number): boolean {
  if (!/^(?:on|about|upon)$/.test(tokenNorm(ctx, cue + 1))) return false;
  // (not "spoke about his fears that …": the speaker's own words)
  if (/^(?:his|her|their|its|our|my)$/.test(tokenNorm(ctx, that - 2))) return false;
  return that - 1 > cue + 1 && TOPIC_NOUN.test(tokenNorm(ctx, that - 1));
}
