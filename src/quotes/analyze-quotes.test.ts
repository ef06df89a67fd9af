import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../analyze.js';

// An invented article shaped like the seed: stitched from two reports, the country's long name ("spun"),
// "the president", "he", an unnamed official, a passive "was told", a partial quote and a nested report.
const TEXT = [
  'Valdorian President Mirko Tesla, in an interview with Channel Nine’s Ada Frey, insisted that the hackers could have come from “anywhere” and that nobody could prove otherwise. Harbour chiefs are unaware if the two leaders discussed the treaty in 2001, the Valley Courier was told at the harbour office on Friday.',
  'During the interview with the channel’s Ada Frey, Tesla stated through an interpreter: “Hackers can be anywhere at all”.',
  '“We have no information on the issue”, an official said when asked to comment on Tesla’s words.',
  '“The economy has entered a new phase”, Tesla said at a forum in Port Arlen, insisting the Republic of Valdoria was “open for joint work on profitable projects”. “They released it, citing the Republic of Valdoria”, the president said.',
  'Frey told viewers that Tesla also suggested that the agency could have been behind the leak and noted that many people still distrusted the Republic of Valdoria.',
  'The addresses belong to nobody in particular – he said those could have been faked.',
].join('\n\n');

describe('analyze: a seed-shaped article end to end', () => {
  const a = analyze({ id: 'valdoria-1', date: '2021-06-06', text: TEXT });
  const got = a.quotes.map((q) => [q.type, q.content.slice(0, 30), q.speaker]);

  it('finds every quote with its speaker', () => {
    assert.deepEqual(got, [
      ['indirect', 'the hackers could have come fr', 'Mirko Tesla'],
      ['indirect', 'Harbour chiefs are unaware if ', 'an official'],
      ['direct', 'Hackers can be anywhere at all', 'Mirko Tesla'],
      ['direct', 'We have no information on the ', 'an official'],
      ['direct', 'The economy has entered a new ', 'Mirko Tesla'],
      ['direct', 'open for joint work on profita', 'Mirko Tesla'],
      ['direct', 'They released it, citing the R', 'Mirko Tesla'],
      ['indirect', 'Tesla also suggested that the ', 'Ada Frey'],
      ['indirect', 'the agency could have been beh', 'Mirko Tesla'],
      ['indirect', 'many people still distrusted t', 'Mirko Tesla'],
      ['indirect', 'those could have been faked', 'Mirko Tesla'],
    ]);
  });

  it('keeps every span inside the text', () => {
    for (const q of a.quotes) {
      assert.equal(a.text.slice(q.start, q.end), q.content);
      if (q.mention) assert.equal(a.text.slice(q.mention.start, q.mention.end), q.mention.text);
      if (q.cue) assert.equal(a.text.slice(q.cue.start, q.cue.end), q.cue.text);
      assert.match(q.id, /^q\d+$/);
    }
  });
});
