import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** A saved page as text: `.html` as UTF-8, `.html.gz` unzipped first. */
export async function readPage(file: string): Promise<string> {
  const bytes = await readFile(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
