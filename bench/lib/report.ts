import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const RESULTS_DIR = resolve(import.meta.dirname, '../results');

/** Writes `bench/results/<name>.json` with when and where it was measured. */
export function writeResult(name: string, data: unknown): string {
  const file = join(RESULTS_DIR, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const meta = { measuredAt: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}` };
  writeFileSync(file, JSON.stringify({ meta, ...(data as object) }, null, 2) + '\n');
  return file;
}

const fmt = (value: unknown): string =>
  typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value ?? '');

/** A plain text table: a title, a header row, aligned columns. */
export function printTable(title: string, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const cells = [columns, ...rows.map((row) => columns.map((c) => fmt(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(cells[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of cells.slice(1)) console.log(line(r));
}
