// Small display helpers.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-06-04" → "4 Jun 2017", "2017-06" → "Jun 2017", "2017" → "2017"; null → "undated". */
export function formatDate(value) {
  if (!value) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

export const TYPE_LABEL = { direct: 'direct', indirect: 'reported', belief: 'belief' };

/** Consistent colour slot per speaker within a page: the css classes sp-0 … sp-7, sp-none for no speaker. */
export function speakerPalette() {
  const slots = new Map();
  return (key) => {
    if (!key) return 'sp-none';
    if (!slots.has(key)) slots.set(key, `sp-${slots.size % 8}`);
    return slots.get(key);
  };
}
