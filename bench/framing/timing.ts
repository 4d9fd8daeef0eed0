/**
 * Time to build a Comparison of 10 articles: real same-event sets where the data has them
 * (GVA incidents with 10+ local reports), and events with fewer reports (GVA, BASIL full
 * texts) padded to 10 with other articles of the same dataset, seeded. Each set is
 * compared once to warm up, then timed three times (its median kept); the analysers are
 * also timed one by one, in the order compareArticles runs them, each paying for what it is
 * the first to ask for (headlines: the sentences' words; voices: quotations and capitalised
 * runs; facts: sentence features and alignment; words: entities). The load average is
 * recorded: these machines are shared.
 */
import { cpus, loadavg } from 'node:os';
import { compareArticles, type FramingArticle } from '../../lib/framing';
import { compareAttribution } from '../../lib/framing/attribution';
import { compareFacts } from '../../lib/framing/facts';
import { compareHeadlines } from '../../lib/framing/headlines';
import { compareNumbers } from '../../lib/framing/numbers';
import { prepareArticles } from '../../lib/framing/prepare';
import { compareSources } from '../../lib/framing/sources';
import { compareTone } from '../../lib/framing/tone';
import { compareVoices } from '../../lib/framing/voices';
import { compareWords } from '../../lib/framing/words';
import { defaultBackground } from '../../lib/framing/background';
import type { FramingContext } from '../../lib/framing/types';
import { readLabelled } from '../match/data';
import { median, percentile, timed } from '../lib/stats';
import { sample, seededRandom } from '../lib/random';
import { groupBy, readBasil, toFramingArticle } from './data';

const SET_SIZE = 10;
const SETS_PER_SOURCE = 40;

export interface TimingScores {
  sets: number;
  realSets: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The same over process CPU time (user + system). */
  cpu: { medianMs: number; p95Ms: number };
  meanWords: number;
  /** 1-minute load average when the timing ended, and the number of CPUs. */
  load: { average: number; cpus: number };
  /** Median ms per step over the same sets. */
  steps: Record<string, number>;
}

function padded(groups: FramingArticle[][], pool: readonly FramingArticle[], random: () => number): FramingArticle[][] {
  return groups.map((group) => {
    const own = new Set(group.map((a) => a.id));
    const extra = sample(
      pool.filter((a) => !own.has(a.id)),
      SET_SIZE - Math.min(SET_SIZE, group.length),
      random,
    );
    return [...group.slice(0, SET_SIZE), ...extra];
  });
}

export function timingSets(seed = 3): { sets: FramingArticle[][]; real: number } {
  const random = seededRandom(seed);
  const gva = readLabelled('gva')
    .filter((a) => a.event)
    .map((a, i) => ({ ...toFramingArticle(a, `gva-${i}`), event: a.event! }));
  const incidents = groupBy(gva, (a) => a.event)
    .filter((g) => g.length >= 3)
    .sort((a, b) => b.length - a.length);
  const real = incidents.filter((g) => g.length >= SET_SIZE);
  const gvaSets = padded(incidents.slice(0, SETS_PER_SOURCE), gva, random);
  const basil = readBasil();
  const basilSets = padded(
    sample(
      groupBy(basil, (a) => a.event),
      SETS_PER_SOURCE,
      random,
    ),
    basil,
    random,
  );
  return { sets: [...gvaSets, ...basilSets], real: Math.min(real.length, SETS_PER_SOURCE) };
}

export function timingScores(): TimingScores {
  const { sets, real } = timingSets();
  for (const set of sets) compareArticles(set);
  // Each set's median of three runs: the machine is shared, and one descheduling is not the code's time.
  // CPU time is kept beside wall time for the same reason: waiting for a core costs wall time only.
  const runs = sets.map((set) =>
    [0, 1, 2].map(() => {
      const cpu = process.cpuUsage();
      const [, wall] = timed(() => compareArticles(set));
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / 1000 };
    }),
  );
  const times = runs.map((r) => median(r.map((x) => x.wall)));
  const cpuTimes = runs.map((r) => median(r.map((x) => x.cpu)));
  const analysers: Record<string, (context: FramingContext) => unknown> = {
    headlines: compareHeadlines,
    voices: compareVoices,
    sources: compareSources,
    // Facts builds the alignment that numbers reuses from the same context.
    facts: compareFacts,
    numbers: compareNumbers,
    words: compareWords,
    attribution: compareAttribution,
    tone: compareTone,
  };
  const steps: Record<string, number[]> = Object.fromEntries(['prepare', ...Object.keys(analysers)].map((step) => [step, []]));
  const background = defaultBackground();
  for (const set of sets) {
    const [articles, prepare] = timed(() => prepareArticles(set));
    steps['prepare']!.push(prepare);
    const context: FramingContext = { articles, background };
    for (const [step, analyse] of Object.entries(analysers)) steps[step]!.push(timed(() => analyse(context))[1]);
  }
  const words = sets.map((set) => set.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0));
  return {
    sets: sets.length,
    realSets: real,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    cpu: { medianMs: median(cpuTimes), p95Ms: percentile(cpuTimes, 95) },
    meanWords: words.reduce((a, b) => a + b, 0) / words.length,
    load: { average: loadavg()[0]!, cpus: cpus().length },
    steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])),
  };
}
