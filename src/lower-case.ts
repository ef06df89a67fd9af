/**
 * `s.toLowerCase()`, skipping the call for words already in lower-case ASCII (most words): V8's toLowerCase
 * copies the string even when no letter changes.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}
