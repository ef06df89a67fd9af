import { genderOfFirstName } from '../entities/data/first-name-gender.js';

import type { Gender } from './title-gender.js';

// offices named with a gendered noun: "Ann Poll, the chairwoman", "spokesman Dan Vell"
export const GENDERED_OFFICES: Record<Gender, readonly string[]> = {
  male: [
    'chairman',
    'spokesman',
    'businessman',
    'congressman',
    'councilman',
    'alderman',
    'policeman',
    'fireman',
    'headmaster',
  ],
  female: [
    'chairwoman',
    'spokeswoman',
    'businesswoman',
    'congresswoman',
    'councilwoman',
    'alderwoman',
    'policewoman',
    'firewoman',
    'headmistress',
  ],
};

/** The nouns of one gender a role or a relation is named with ("father", "spokeswoman"). */
export const MALE_NOUNS: ReadonlySet<string> = new Set([
  ...'father son husband brother man boy king prince actor grandfather uncle nephew boyfriend widower'.split(
    ' ',
  ),
  ...GENDERED_OFFICES.male,
]);
export const FEMALE_NOUNS: ReadonlySet<string> = new Set([
  ...'mother daughter wife sister woman girl queen princess actress grandmother aunt niece girlfriend widow'.split(
    ' ',
  ),
  ...GENDERED_OFFICES.female,
]);

// "The father said" is not "Louise Turpin": a role word of one gender rules out a first name of the other.
export function fitsRoleGender(role: string, name: string): boolean {
  const want = MALE_NOUNS.has(role) ? 'male' : FEMALE_NOUNS.has(role) ? 'female' : null;
  if (!want) return true;
  const got = genderOfFirstName(name.split(/\s+/)[0] ?? '');
  return got === null || got === want;
}
