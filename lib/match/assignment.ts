import type { EventClusters } from './events';

/** What the assignment policy needs of a match: the scorer's verdict on one pair. */
export interface Scored {
  id: number;
  score: number;
  /** The same wire story: counted once when several articles of an event agree. */
  syndicated: boolean;
  /** Further apart than the time window: a later chapter of the story, kept in the list but never joining events. */
  followUp?: boolean;
}

/** How many matches an article keeps for its popup list. */
export const KEPT = 12;
/** How many follow-ups it keeps besides: twice as many as are shown, some being of one outlet or, later, of its event. */
export const KEPT_FOLLOW_UPS = 6;

/**
 * A second event merges into the first when the bridging article matches it this
 * far above the threshold. bench:match (3k pool) against the earlier 0.25: F1
 * basil 0.842 → 0.856, allsides 0.635 → 0.640, gva 0.474 → 0.495, B-cubed up on all
 * three; and the demo's Dravik fire no longer splits when read in the site's order.
 */
export const BRIDGE_MARGIN = 0.05;

/**
 * The events of the reading history and each article's best matches: all the
 * assignment policy reads and changes. The matcher holds one; bench/match/fit.ts
 * replays the policy over pair scores it computed once.
 */
export interface AssignmentState<M extends Scored> {
  clusters: EventClusters;
  neighbours: Map<number, M[]>;
  threshold: number;
}

/**
 * Assigns a newly read article its event from its scored matches (best first,
 * those the reader ruled out already removed), and keeps the match lists, its
 * follow-ups in them (see Scored.followUp) — which play no part in the assignment:
 *
 * 1. It joins the event of its best sure match; a second sure match well above
 *    the threshold merges that one's event in too.
 * 2. With no sure match, the event as a whole can be sure (see eventScore).
 * 3. Articles read earlier with too little to go on, still alone, are judged again
 *    against the event the new article grew (see gather).
 *
 * Returns the article's event.
 */
export function assignArticle<M extends Scored>(state: AssignmentState<M>, id: number, scored: M[], followUps: M[] = []): number {
  const sure = scored.filter((m) => m.score >= state.threshold);
  join(state, id, sure.length > 0 ? sure : eventWideMatch(state, scored));
  state.neighbours.set(id, [...scored.slice(0, KEPT), ...followUps.slice(0, KEPT_FOLLOW_UPS)]);
  for (const match of [...scored, ...followUps]) remember(state, match.id, { ...match, id });
  gather(state, id, scored);
  return state.clusters.event(id)!;
}

function join<M extends Scored>({ clusters, threshold }: AssignmentState<M>, id: number, matches: M[]): void {
  const best = matches[0];
  if (!best) return void clusters.startEvent(id);
  let event = clusters.event(best.id)!;
  if (!clusters.join(id, event)) return void clusters.startEvent(id);
  for (const match of matches.slice(1)) {
    const other = clusters.event(match.id)!;
    if (other !== event && match.score >= Math.min(0.99, threshold + BRIDGE_MARGIN)) event = clusters.merge(event, other);
  }
}

/** The best event whose articles together are a sure match, as a single match with the event-wide score. */
function eventWideMatch<M extends Scored>(state: AssignmentState<M>, scored: M[]): M[] {
  let best: M | undefined;
  for (const members of byEvent(state.clusters, scored).values()) {
    const score = eventScore(state, members);
    if (score >= state.threshold && score > (best?.score ?? 0)) best = { ...members[0]!, score };
  }
  return best ? [best] : [];
}

/**
 * How surely an article reports an event, judged against the whole event rather
 * than its best single article: the noisy-OR of its matches with the event's
 * articles, each wire story counted once, and only when at least two agree. A
 * piece that tells the event its own way (a translation, an opinion, a local
 * angle) shares a little with every report of it and a lot with none.
 */
function eventScore<M extends Scored>(state: AssignmentState<M>, matches: M[]): number {
  const distinct = matches.filter((m, i) => !matches.slice(0, i).some((earlier) => isCopy(state, earlier.id, m.id)));
  return distinct.length < 2 ? 0 : 1 - distinct.reduce((p, m) => p * (1 - m.score), 1);
}

const isCopy = <M extends Scored>({ neighbours }: AssignmentState<M>, a: number, b: number) =>
  neighbours.get(a)?.some((m) => m.id === b && m.syndicated && !m.followUp) ?? false;

function byEvent<M extends Scored>(clusters: EventClusters, matches: M[]): Map<number, M[]> {
  const events = new Map<number, M[]>();
  for (const match of matches) {
    const event = clusters.event(match.id)!;
    events.set(event, [...(events.get(event) ?? []), match]);
  }
  return events;
}

/**
 * An article read before most of its event may have had too little to go on and
 * been left alone: the event has grown since. An article still alone that the new
 * article touched is judged again against the grown event (by eventScore over its
 * match list) and joins it when now sure. Events of several articles merge only
 * through a sure bridge (see join): two moderate links from one member would
 * otherwise drag a whole event into a look-alike one.
 */
function gather<M extends Scored>(state: AssignmentState<M>, id: number, scored: M[]): void {
  const { clusters, neighbours, threshold } = state;
  for (const match of scored) {
    const target = clusters.event(id)!;
    const other = clusters.event(match.id)!;
    if (other === target || clusters.membersOf(other).length > 1) continue;
    const links = (neighbours.get(match.id) ?? []).filter((m) => !m.followUp && clusters.event(m.id) === target);
    if (eventScore(state, links) >= threshold) clusters.merge(target, other);
  }
}

/** Keeps `match` in the stored article's own list: its best matches first, then its best follow-ups. */
function remember<M extends Scored>({ neighbours }: AssignmentState<M>, id: number, match: M): void {
  const list = [...(neighbours.get(id) ?? []), match].sort((a, b) => b.score - a.score);
  neighbours.set(id, [...list.filter((m) => !m.followUp).slice(0, KEPT), ...list.filter((m) => m.followUp).slice(0, KEPT_FOLLOW_UPS)]);
}
