// Test fixtures shared by the when-rule tables (invented text only): a quote placed in a text, and the statement
// date `linkDates` gives the last quote of an article published on Sunday 2017-06-04.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote, QuoteType } from '../types.js';
import { linkDates } from './link-dates.js';

/** A quote over `content`, with the occurrence of `cue` nearest it, said by `speaker`. */
export function quoteIn(
  text: string,
  type: QuoteType,
  content: string,
  cue: string | null,
  speaker: string | null = null,
): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, `content not in text: ${content}`);
  let cueStart = -1;
  for (let i = cue ? text.indexOf(cue) : -1; cue && i >= 0; i = text.indexOf(cue, i + 1))
    if (cueStart < 0 || Math.abs(i - start) < Math.abs(cueStart - start)) cueStart = i;
  return {
    id: `q${start}`,
    type,
    content,
    start,
    end: start + content.length,
    cue: cue && cueStart >= 0 ? { start: cueStart, end: cueStart + cue.length, text: cue } : null,
    mention: null,
    speaker,
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
}

/** `q` with its source named by `mention`: its first occurrence from `from` on, else its first in the text. */
export function withMention(text: string, q: Quote, mention: string, from = 0): Quote {
  const after = text.indexOf(mention, from);
  const at = after >= 0 ? after : text.indexOf(mention);
  return { ...q, mention: { start: at, end: at + mention.length, text: mention } };
}

/** The last quote of the text, dated by `linkDates` (published on Sunday 2017-06-04). */
export function lastDated(text: string, quotes: (t: string) => Quote[]): Quote | undefined {
  const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
  const seg = segmentText(doc);
  return linkDates(doc, seg, quotes(text), findTimeExpressions(doc, seg)).at(-1);
}

/** [name, text, its quotes, the last quote's `when`, the rule that dated it]. */
export type WhenCase = [string, string, (t: string) => Quote[], string | null, string | null];

/** One test per case: the last quote's date and the rule that gave it. */
export function testLastDated(cases: readonly WhenCase[]): void {
  for (const [name, text, quotes, when, rule] of cases) {
    test(`when: ${name}`, () => {
      const q = lastDated(text, quotes);
      assert.ok(q);
      assert.equal(q.when, when);
      assert.equal(q.whenRule, rule);
    });
  }
}
