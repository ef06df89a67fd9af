import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import { findTimeExpressions } from './find-time-expressions.js';

// [sentence, the weekday's value] in an article of Sunday 2017-06-04 (invented text)
const CASES: [string, string][] = [
  ['By Friday afternoon, Mayor Ann Roe said the council had no say.', '2017-06-02TAF'],
  ['By Friday, the toll had risen to forty.', '2017-06-02'],
  ['By Friday, the council will decide the matter.', '2017-06-09'],
  ['The plan must be approved by Friday, the council said.', '2017-06-09'],
  ['Roe said the pier would stay shut until Friday.', '2017-06-09'],
];

for (const [text, value] of CASES)
  test(`direction: ${text}`, () => {
    const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
    const t = findTimeExpressions(doc, segmentText(doc)).find((x) => /Friday/.test(x.text));
    assert.equal(t?.value, value);
  });
