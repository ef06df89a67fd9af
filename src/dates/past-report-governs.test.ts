import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import { findTimeExpressions } from './find-time-expressions.js';
import { pastReportGoverns } from './past-report-governs.js';

// [sentence, the expression, its value] in an article of Wednesday 2017-06-07 (invented text)
const CASES: [string, string, string][] = [
  // the verb of report governs the day or month: past, whatever the reported words say
  [
    '"If the ferry had stopped," Ann Roe said at a Radio Vell town hall on Monday, "we would be cut off."',
    'Monday',
    '2017-06-05',
  ],
  ['The toll, Mayor Ann Roe said in May, would pay for the new pier.', 'May', '2017-05'],
  ['Ann Roe told Radio Vell on Monday the toll would pay for the pier.', 'Monday', '2017-06-05'],
  ['"We will rebuild it," Ann Roe told reporters Monday.', 'Monday', '2017-06-05'],
  // negatives: the day belongs to the reported words, or to something still to come
  ['Ann Roe said the council would vote on Monday.', 'Monday', '2017-06-12'],
  ['Ann Roe said she will resign in September.', 'September', '2017-09'],
  ['Ann Roe said in a speech scheduled for Monday that the toll would stay.', 'Monday', '2017-06-12'],
  ['The council will vote on Monday, Ann Roe said.', 'Monday', '2017-06-12'],
  ['Ann Roe said so in a letter.\n\nThe last ferries will be added in September.', 'September', '2017-09'],
];

for (const [text, expression, value] of CASES)
  test(`past report governs: ${text}`, () => {
    const doc = normalizeArticle({ id: 'a', date: '2017-06-07', text });
    const t = findTimeExpressions(doc, segmentText(doc)).find((x) => x.text.includes(expression));
    assert.equal(t?.value, value);
  });

test('past report governs: no verb of report, or a clause between', () => {
  const at = (s: string, w: string) => pastReportGoverns(s, s.indexOf(w));
  assert.equal(at('Ann Roe said on Monday', 'Monday'), true);
  assert.equal(at('The ferry sails on Monday', 'Monday'), false);
  assert.equal(at('Ann Roe said the ferry sails on Monday', 'Monday'), false);
  assert.equal(at('Ann Roe said, "The ferry sails on Monday', 'Monday'), false);
  assert.equal(at('The names will be announced on Monday', 'Monday'), false);
  assert.equal(at('Ann Roe said so.\nThe ferry sails on Monday', 'Monday'), false);
});
