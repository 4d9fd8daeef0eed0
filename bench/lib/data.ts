import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared benchmark data, read in place and never copied into the project
 * (`PARALLAX_DATA` overrides; by default `../shared/data` beside the clone).
 */
export function dataDir(...parts: string[]): string {
  const root = process.env['PARALLAX_DATA'] ?? resolve(import.meta.dirname, '../../../shared/data');
  const dir = resolve(root, ...parts);
  if (!existsSync(dir))
    throw new Error(`Benchmark data not found at ${dir}. Put the shared data beside the clone (../shared/data) or set PARALLAX_DATA.`);
  return dir;
}
