import { durationValue, unitOf } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "several years", "the past few months", "recent weeks", "for years", "in coming days", "decades"
export const readVagueDuration: TimexRule = {
  name: 'dates/vague-duration',
  pattern:
    /\b(?:(?:the\s+)?(?:past|last|next|coming|previous|recent|following)\s+)?(?:(several|a few|few|many|recent|coming|the coming|the next|the past|the last|some)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:ago|earlier|before|old)\b)/gi,
  read(m) {
    const unit = unitOf(m[2] ?? '');
    if (!unit) return null;
    return spanOf(m, 'DURATION', durationValue(null, unit));
  },
};
