// What a spin rule answers: a weight and rule name (an unusual use), null (an ordinary use), undefined (does not apply).
import type { FoundMention } from '../mentions/mention-context.js';

export type SpinVerdict = { weight: number; rule: string } | null | undefined;
export type SpinRule = (m: FoundMention, text: string, all: readonly FoundMention[]) => SpinVerdict;
