/** `s` with every character a regular expression reads as syntax escaped ("U.S." → "U\.S\."), to match as written. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
