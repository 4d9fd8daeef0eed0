/**
 * `npm run bench:framing`: the framing analysers on real articles.
 * - controlled edits of the BASIL full texts: sentences removed from a copy must come back
 *   as what the copy leaves out, a changed number as numbers that disagree, and an
 *   identical copy must show no difference of any kind;
 * - BASIL informational-bias spans against the sentences the facts analyser marks, and
 *   against the most any marking by novelty could reach (span-novelty.ts);
 * - time to build a Comparison of 10 articles;
 * - speaker attribution on BASIL's quotes of named people (speakers.ts).
 * Prints tables and writes bench/results/framing.json.
 */
import { printTable, writeResult } from '../lib/report';
import { basilSpanScores } from './basil-spans';
import { readBasil } from './data';
import { noveltyCeiling } from './span-novelty';
import { identicalCopyFindings, numberChangeScores, removalScores } from './edits';
import { benchSpeakers, reportSpeakers } from './speakers';
import { timingScores } from './timing';

export function benchFraming(): void {
  const basil = readBasil();
  const removal = removalScores(basil);
  const numbers = numberChangeScores(basil);
  const identical = identicalCopyFindings(basil);
  printTable('Controlled edits of BASIL articles (seeded)', [
    {
      check: 'sentences removed → omission',
      cases: removal.removed,
      recall: removal.recall,
      precision: removal.precision,
      target: 'R ≥ 0.95, P ≥ 0.90',
    },
    {
      check: 'number changed → number',
      cases: numbers.removed,
      recall: numbers.recall,
      precision: `${numbers.falseFindings} other findings`,
      target: '≥ 0.95',
    },
    { check: 'identical copy → nothing', cases: identical.pairs, recall: '', precision: `${identical.findings} findings`, target: '0' },
  ]);
  printTable(
    'Omission recall by sentences removed',
    Object.entries(removal.byK).map(([k, r]) => ({ removed: k, recall: r.recall, precision: r.precision })),
  );

  const spans = basilSpanScores(basil);
  printTable('BASIL informational-bias spans in marked sentences', [
    {
      marked: 'every unique / left-out claim',
      spans: spans.located,
      hit: spans.hitRate,
      random: spans.randomRate,
      lift: spans.lift,
      target: '≥ 1.5×',
    },
    {
      marked: 'findings only',
      spans: spans.located,
      hit: spans.findings.hitRate,
      random: spans.findings.randomRate,
      lift: spans.findings.lift,
      target: '',
    },
  ]);
  const ceiling = noveltyCeiling(basil);
  printTable(
    'The same spans if we marked the sentences least told by other outlets, or just the longest',
    ceiling.map((row) => ({ marked: row.marked, hit: row.hitRate, lift: row.lift, 'lift, longest': row.lengthLift })),
  );

  const timing = timingScores();
  printTable('Time to compare 10 articles (ms)', [
    {
      sets: timing.sets,
      real: timing.realSets,
      words: Math.round(timing.meanWords),
      median: timing.medianMs,
      p95: timing.p95Ms,
      max: timing.maxMs,
      'cpu median': timing.cpu.medianMs,
      'cpu p95': timing.cpu.p95Ms,
      load: `${timing.load.average.toFixed(1)} on ${timing.load.cpus} CPUs`,
      target: 'p95 ≤ 50',
    },
  ]);
  printTable('Median ms per step', [timing.steps]);

  const speakers = reportSpeakers(benchSpeakers());

  writeResult('framing', { removal, numbers, identical, spans: { ...spans, noveltyCeiling: ceiling }, timing, speakers });
}

if (import.meta.filename === process.argv[1]) benchFraming();
