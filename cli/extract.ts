import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { extractArticle } from '../lib/extract';
import { UsageError, type Command, type Io } from './command';
import { failedOutput, toOutput } from './output';
import { parseHtml } from './parse';
import { readPage } from './read-page';

interface ExtractArgs {
  url: string | null;
  batch: string | null;
  pretty: boolean;
  file: string | null;
}

function parseArgs(args: string[]): ExtractArgs {
  const parsed: ExtractArgs = { url: null, batch: null, pretty: false, file: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url' || arg === '--batch') {
      const value = args[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      parsed[arg === '--url' ? 'url' : 'batch'] = value;
    } else if (arg === '--pretty') parsed.pretty = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (parsed.file) throw new UsageError(`one page at a time (got "${parsed.file}" and "${arg}"); use --batch for many`);
    else parsed.file = arg;
  }
  if (parsed.batch && (parsed.file || parsed.url))
    throw new UsageError('--batch takes its files and URLs from the list; give no FILE or --url');
  if (!parsed.batch && (!parsed.file || !parsed.url)) throw new UsageError('give --url URL FILE.html, or --batch LIST.jsonl');
  return parsed;
}

async function extractOne(file: string, url: string): Promise<ReturnType<typeof toOutput>> {
  const html = await readPage(file);
  return toOutput(extractArticle(parseHtml(html), url));
}

/** One JSON line per input line, in order; a bad line is reported and the batch goes on. */
async function runBatch(list: string, io: Io): Promise<number> {
  const text = await readFile(list, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(error.code === 'ENOENT' ? `batch list not found: ${list}` : `cannot read ${list}: ${error.message}`);
  });
  const base = dirname(resolve(list));
  let failures = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const where = `${list}:${index + 1}`;
    let entry: { file?: unknown; url?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      failures++;
      io.err.write(`${where}: not a JSON object, skipped\n`);
      io.out.write(JSON.stringify(failedOutput('', `${where}: malformed JSON line`)) + '\n');
      continue;
    }
    if (typeof entry?.file !== 'string' || typeof entry.url !== 'string') {
      failures++;
      io.err.write(`${where}: needs "file" and "url" strings, skipped\n`);
      io.out.write(
        JSON.stringify(failedOutput(typeof entry?.url === 'string' ? entry.url : '', `${where}: needs "file" and "url"`)) + '\n',
      );
      continue;
    }
    try {
      io.out.write(JSON.stringify(await extractOne(resolve(base, entry.file), entry.url)) + '\n');
    } catch (error) {
      failures++;
      const message =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? `file not found: ${entry.file}` : String((error as Error).message);
      io.err.write(`${where}: ${message}\n`);
      io.out.write(JSON.stringify(failedOutput(entry.url, `${where}: ${message}`)) + '\n');
    }
  }
  return failures > 0 ? 1 : 0;
}

export const extractCommand: Command = {
  usage: '--url URL FILE.html[.gz] | --batch LIST.jsonl  [--pretty]',
  summary: 'Extracts the article from saved pages and prints it as JSON (one line per page with --batch).',
  async run(args, io) {
    let parsed: ExtractArgs;
    try {
      parsed = parseArgs(args);
    } catch (error) {
      io.err.write(`parallax extract: ${(error as Error).message}\nusage: parallax extract ${extractCommand.usage}\n`);
      return 2;
    }
    try {
      if (parsed.batch) return await runBatch(parsed.batch, io);
      const output = await extractOne(parsed.file!, parsed.url!).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(error.code === 'ENOENT' ? `file not found: ${parsed.file}` : `cannot read ${parsed.file}: ${error.message}`);
      });
      io.out.write(JSON.stringify(output, null, parsed.pretty ? 2 : undefined) + '\n');
      return 0;
    } catch (error) {
      io.err.write(`parallax extract: ${(error as Error).message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
  },
};
