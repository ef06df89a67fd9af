// "Frank B. Hall and Co Inc said … Hall said": the first name and initials written before a firm's surname belong
// to the firm's name
const BEFORE = /(?:^|[^\p{L}\p{N}'’&.-])((?:\p{Lu}\p{Ll}+[ \t]+)?(?:\p{Lu}\.[ \t]*){1,2}[ \t]+)$/u;

/**
 * The start of the name at `at` in `text` taken back over a first name and one or two initials written just
 * before it ("Frank B. Hall", "J. R. Tull"); `at` when no initial stands there.
 */
export function nameOpeningInitials(text: string, at: number): number {
  const m = BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1] ? at - m[1].length : at;
}
