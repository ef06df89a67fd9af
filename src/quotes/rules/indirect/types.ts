import type { Sentence, TextSpan } from '../../../types.js';
import type { QuoteContext } from '../../quote-context.js';

/** A report verb in a sentence with the subject it has (or shares with an earlier cue). */
export interface ReportCue {
  /** Token index of the verb. */
  cue: number;
  /** Token index where the cue group starts ("has since said"). */
  group: number;
  mention: TextSpan | null;
  /** The grammatical subject right before the cue (for a passive, the hearer: "TASS was told"). */
  subject: TextSpan | null;
  passive: boolean;
  /** A sentence-initial participle ("Saying …, Mr Lee argues"): its clause ends at the first comma. */
  leading: boolean;
  kind: 'speech' | 'belief';
  /** Index in the sentence's cue list of the cue this one shares its subject with (coordination, participle). */
  sharesWith: number | null;
  sentence: Sentence;
  /** First and last token index of the sentence. */
  first: number;
  last: number;
}

export interface IndirectFinding {
  start: number;
  end: number;
  cue: TextSpan;
  mention: TextSpan | null;
  rule: string;
  confidence: number;
  passive: boolean;
}

export type IndirectRule = (ctx: QuoteContext, r: ReportCue, all: ReportCue[]) => IndirectFinding | null;
