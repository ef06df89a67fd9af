import type { Quote, QuoteType, TextSpan } from '../types.js';

/** What a quote finder knows of a quote it has just found; the link stage fills in the rest. */
export interface FoundQuote {
  type: QuoteType;
  start: number;
  end: number;
  content: string;
  cue: TextSpan | null;
  mention: TextSpan | null;
  rule: string;
  confidence: number;
  partial?: boolean;
}

/**
 * A quote as a finder makes it, not yet linked to a speaker or a date, with its keys in the one order every quote
 * of the pipeline has (see `quoteWith`).
 */
export function newQuote(f: FoundQuote): Quote {
  return {
    id: '',
    type: f.type,
    start: f.start,
    end: f.end,
    content: f.content,
    cue: f.cue,
    mention: f.mention,
    speaker: null,
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: f.partial ?? false,
    rule: f.rule,
    speakerRule: null,
    whenRule: null,
    confidence: f.confidence,
  };
}
