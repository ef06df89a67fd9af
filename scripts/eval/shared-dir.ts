import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** `../shared` beside the checkout (or $ONRECORD_SHARED), or null when absent. */
export function findSharedDir(): string | null {
  const candidates = [process.env.ONRECORD_SHARED, resolve(process.cwd(), '../shared')];
  for (const dir of candidates) if (dir && existsSync(resolve(dir, 'gold'))) return dir;
  return null;
}
