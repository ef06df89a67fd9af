// MENTION_FIX_NEEDS: a mention fix is asked only of a text writing what it needs. Each fix's own invented case
// still applies through linkSpeakers (its need met), and a text without the words gives the need unmet. Invented
// sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MENTION_FIX_NEEDS } from './link-speakers.js';
import { mentionOutsideAskedClause } from './speaker-asked-clause.js';
import { mentionGroupLedBy } from './speaker-group-led-by.js';
import { mentionGroupBeforeList } from './speaker-group-list.js';
import { mentionOfficeListHolder } from './speaker-office-list-holder.js';
import { mentionRelativeWhoSaid } from './speaker-relative-who-said.js';
import type { MentionRule } from './speaker-rule.js';
import { mentionSpokespersonFor } from './speaker-spokesperson-for.js';
import { speakersOfText } from './speakers-of-text.js';

// [fix, its rule name, a text it applies to, a text without what it needs]
const CASES: Array<[MentionRule, string, string, string]> = [
  [
    mentionSpokespersonFor,
    'mention/spokesperson-for',
    'A spokesman for the prosecutor, Comptroller Ann Vale, said the case would go ahead.',
    'A spokesman, Comptroller Ann Vale, said the case would go ahead.',
  ],
  [
    mentionOfficeListHolder,
    'mention/office-list-holder',
    'Minister for Roads, Rail, Ports and Docks Ann Tull said the bridge would open in May.',
    'Roads, Rail, Ports and Docks Ann Tull said the bridge would open in May.',
  ],
  [
    mentionOutsideAskedClause,
    'mention/outside-asked-clause',
    'Tom Vell, the singer, chased the burglar on Monday. The singer did not want to talk about it but when asked whether he would do the same again replied: "Is the sky blue?"',
    'Tom Vell, the singer, chased the burglar on Monday. "Is the sky blue?" he replied.',
  ],
  [
    mentionRelativeWhoSaid,
    'mention/relative-who-said',
    'The bill was drafted by Ann Tull, who said: "It is a fair bill."',
    'The bill was drafted by Ann Tull. She said: "It is a fair bill."',
  ],
  [
    mentionGroupBeforeList,
    'mention/group-before-list',
    'Yet other retailers - including Harwood, Pellow and Norvel - reported that sales were up.',
    'Yet Harwood, Pellow and Norvel reported that sales were up.',
  ],
  [
    mentionGroupLedBy,
    'mention/group-led-by',
    'A shareholder group including Lorne attorney Ada Pell said it sold its stake in Tarn Corp.',
    'A shareholder group with Lorne attorney Ada Pell said it sold its stake in Tarn Corp.',
  ],
];

describe('mention fixes: what each needs', () => {
  for (const [fix, rule, applies, without] of CASES) {
    const need = MENTION_FIX_NEEDS.get(fix);
    it(`${rule}: applies where its need is met, not met without its words`, () => {
      assert.ok(need, rule);
      assert.equal(need.test(applies), true);
      assert.ok(
        speakersOfText(applies).some((q) => q.speakerRule?.includes(rule)),
        `${rule} applies: ${JSON.stringify(speakersOfText(applies).map((q) => q.speakerRule))}`,
      );
      assert.equal(need.test(without), false);
    });
  }
});
