import type { SpinRule } from './spin-rule.js';

// "insisting Russian Federation was …", "United States of America officials": the long form in running text
export const isLongFormInRunningText: SpinRule = () => ({ weight: 1, rule: 'spin/long-form' });
