import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { toMatchDoc } from '../lib/match/doc';
import { Matcher } from '../lib/match/matcher';
import { UsageError, type Command } from './command';
import { parseEventsLine } from './events-line';

export const clusterCommand: Command = {
  usage: '[ARTICLES.jsonl]   (or articles on standard input)',
  summary: 'Assigns each article the event the extension would, reading them in the given order; prints {"url", "event"} a line.',
  async run(args, io) {
    if (args.length > 1 || args.some((a) => a.startsWith('-')))
      throw new UsageError('expects at most one file, or articles on standard input');
    const input = args[0] ? createReadStream(args[0]) : process.stdin;
    const matcher = new Matcher();
    const urls: (string | null)[] = [];
    let failed = 0;
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      if (!raw.trim()) continue;
      const id = urls.length;
      try {
        const line = parseEventsLine(raw);
        matcher.add(
          toMatchDoc({
            id,
            outlet: line.outlet,
            title: line.title,
            paragraphs: line.text.split(/\n\s*\n/),
            publishedAt: line.published,
            lang: null,
          }),
        );
        urls.push(line.url);
      } catch (error) {
        urls.push(null);
        failed++;
        io.err.write(`parallax cluster: line ${id + 1}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    // Printed at the end: a later article can merge two events, and the answer is the final one.
    urls.forEach((url, id) => {
      if (url !== null) io.out.write(JSON.stringify({ url, event: `e${matcher.event(id)}` }) + '\n');
    });
    return failed > 0 ? 1 : 0;
  },
};
