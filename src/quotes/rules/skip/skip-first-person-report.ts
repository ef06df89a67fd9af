import type { TextSpan } from '../../../types.js';

const FIRST_OR_SECOND_PERSON = /^(?:i|we|you|me|us)$/i;

// "I was hauled in and told that my mum had …", "We found the birds return …", "((WN)) You noted suicides …":
// a report whose source (or hearer, in the passive) is "I", "we" or "you" lives inside someone's own words —
// a quoted answer, a block quote, an interview — and is part of that statement, not a statement of its own.
export function skipFirstPersonReport(speaker: TextSpan | null, hearer: TextSpan | null): string | null {
  const who = speaker ?? hearer;
  return who && FIRST_OR_SECOND_PERSON.test(who.text.trim()) ? 'skip/first-person-report' : null;
}
