import { genderOfFirstName } from '../data/first-name-gender.js';
import { type Word, wordJoinedBefore } from '../split-words.js';

// "computer company Norsk Data said", "the Dutch firm Kessel Brouwers": a name right after a business noun is the
// business's (not "the company's Ann Lee", whose possessive names someone of it, nor "company chairman Ann Lee",
// whose title stands between, nor "film producer Joshua Winch": a person's noun, or a first name opening the name)
const BUSINESS_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'carmaker',
  'automaker',
  'retailer',
  'airline',
  'carrier',
  'insurer',
  'lender',
  'bank',
  'brokerage',
  'conglomerate',
  'manufacturer',
  'maker',
  'utility',
  'subsidiary',
  'unit',
  'concern',
]);

/** True when the word before `first` is a lower-case business noun joined to it by one space. */
export function companyNounBefore(text: string, words: readonly Word[], core: number): boolean {
  const before = wordJoinedBefore(text, words, core);
  return !!before && BUSINESS_NOUNS.has(before.text) && genderOfFirstName(words[core]?.text ?? '') === null;
}
