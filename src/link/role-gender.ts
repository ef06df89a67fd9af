import { genderOfFirstName } from '../entities/data/first-name-gender.js';

const MALE = new Set(
  'father son husband brother man boy king prince spokesman chairman businessman actor grandfather uncle nephew boyfriend widower'.split(
    ' ',
  ),
);
const FEMALE = new Set(
  'mother daughter wife sister woman girl queen princess spokeswoman chairwoman businesswoman actress grandmother aunt niece girlfriend widow'.split(
    ' ',
  ),
);

// "The father said" is not "Louise Turpin": a role word of one gender rules out a first name of the other.
export function fitsRoleGender(role: string, name: string): boolean {
  const want = MALE.has(role) ? 'male' : FEMALE.has(role) ? 'female' : null;
  if (!want) return true;
  const got = genderOfFirstName(name.split(/\s+/)[0] ?? '');
  return got === null || got === want;
}
