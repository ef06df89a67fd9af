// Where a sentence opens, read from the characters before an offset (the segmenter's sentences are not needed).

/** True when offset `at` begins a sentence (only spaces/quotes after a full stop, or the text start). */
export function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:\n]["')]?\s*|["(]\s*)$/.test(before) || /\n\s*$/.test(before);
}
