import type { TextSpan } from '../../types.js';
import type { QuoteSpan } from '../find-quote-marks.js';
import type { QuoteContext } from '../quote-context.js';

/** Who a quote is attributed to inside its sentence, and which rule said so. */
export interface Attribution {
  cue: TextSpan | null;
  mention: TextSpan | null;
  rule: string;
  confidence: number;
  /** The cue is a passive report ("TASS was told"): the one who spoke is not the subject. */
  passive?: boolean;
}

/** A quoted stretch with the text around it that may attribute it. */
export interface DirectCandidate {
  quote: QuoteSpan;
  /** Start of the text before the opening mark that belongs to the quote's sentence. */
  preStart: number;
  /** End of the text after the closing mark that belongs to the sentence of the close. */
  postEnd: number;
  /** Words before the quote in its sentence that do not end in ":" or ",": the quote is embedded. */
  partial: boolean;
}

export type SkipRule = (ctx: QuoteContext, c: DirectCandidate) => string | null;
export type DirectRule = (ctx: QuoteContext, c: DirectCandidate) => Attribution | null;
