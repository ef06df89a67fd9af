import { countMatches, WORD_RUN } from '../../../count-matches.js';
import type { Paragraph } from '../../../types.js';
import { type QuoteContext, spanOf } from '../../quote-context.js';
import type { IndirectFinding } from './types.js';

// RUPEE TO STAY WEAK THIS YEAR - SUMITA: a headline line whose source follows a final dash.
export function headlineDashSource(ctx: QuoteContext, p: Paragraph): IndirectFinding | null {
  const line = ctx.text.slice(p.start, p.end);
  if (line.length > 140 || /\n/.test(line) || /[.!?"”]$/.test(line)) return null;
  const m = /^(.*\S)\s+[-–—]\s*((?:\p{Lu}[\p{L}'’.]*\s*){1,3})$/u.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const content = m[1];
  if (countMatches(WORD_RUN, content, 3) < 3) return null;
  const sourceStart = p.start + line.lastIndexOf(m[2].trim());
  const mention = spanOf(ctx, sourceStart, sourceStart + m[2].trim().length);
  const dash = p.start + line.slice(0, sourceStart - p.start).search(/[-–—]\s*$/);
  return {
    start: p.start,
    end: p.start + content.length,
    cue: spanOf(ctx, dash, dash + 1),
    mention,
    rule: 'headline-dash-source',
    confidence: 0.6,
    passive: false,
  };
}
