// Spin signature: unusual long forms used where news usually writes the short one ("Russian Federation" for Russia).
// Ordered rules; the first that returns a verdict decides. null = the use is ordinary, undefined = rule does not apply.

import type { SpinSubstitution } from '../../types.js';
import type { FoundMention } from '../mentions/mention-context.js';

import { expandsAcronym } from './expands-acronym.js';
import { isCommonInNews } from './is-common-in-news.js';
import { isExpandedThenShort } from './is-expanded-then-short.js';
import { isInFormalName } from './is-in-formal-name.js';
import { isInsideQuote } from './is-inside-quote.js';
import { isLongFormInRunningText } from './is-long-form-in-running-text.js';
import type { SpinRule, SpinVerdict } from './spin-rule.js';

export const SPIN_RULES: Array<[string, SpinRule]> = [
  ['acronym-expansion', expandsAcronym],
  ['expanded-then-short', isExpandedThenShort],
  ['common-in-news', isCommonInNews],
  ['formal-name', isInFormalName],
  ['inside-quote', isInsideQuote],
  ['long-form', isLongFormInRunningText],
];

/** The unusual long forms among the gazetteer mentions. */
export function findSpinSubstitutions(text: string, mentions: FoundMention[]): SpinSubstitution[] {
  const spin: SpinSubstitution[] = [];
  for (const m of mentions) {
    if (m.entry?.type !== 'long') continue;
    let verdict: SpinVerdict;
    for (const [, rule] of SPIN_RULES) {
      verdict = rule(m, text, mentions);
      if (verdict !== undefined) break;
    }
    if (!verdict) continue;
    spin.push({
      start: m.start,
      end: m.end,
      text: m.text,
      usual: m.entry.usual,
      canonical: m.entry.canonical,
      weight: verdict.weight,
      rule: verdict.rule,
    });
  }
  return spin;
}
