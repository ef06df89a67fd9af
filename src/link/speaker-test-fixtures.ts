// The table runner shared by the speaker test files (invented text only): each case is a construction, a text
// and the speakers its quotes get, in text order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

/** [construction, text, speakers of the quotes in text order]. */
export type SpeakerCase = [string, string, (string | null)[]];

/** One test per case: the speakers `speakersOfText` gives the text's quotes. */
export function testSpeakers(title: string, cases: readonly SpeakerCase[]): void {
  describe(title, () => {
    for (const [name, text, speakers] of cases) {
      it(name, () => {
        assert.deepEqual(
          speakersOfText(text).map((q) => q.speaker),
          speakers,
        );
      });
    }
  });
}
