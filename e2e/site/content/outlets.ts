import type { OutletProfile } from './types';

/** The six fictional outlets. The wire agency comes first: the tests rely on it. */
export const outletProfiles: OutletProfile[] = [
  {
    slug: 'continental-wire',
    name: 'Continental Wire',
    kind: 'wire',
    homePath: '/continental-wire/',
    tagline: 'Independent news agency since 1924',
    base: 'Free City of Aubrecht',
    blurb: 'The wire agency. Terse, balanced reports that other outlets reprint, often nearly word for word.',
  },
  {
    slug: 'harbor-ledger',
    name: 'The Harbor Ledger',
    kind: 'daily',
    homePath: '/harbor-ledger/',
    tagline: 'Saltmere’s daily newspaper since 1871',
    base: 'Saltmere, Calderra',
    blurb: 'A metro daily. Runs Continental Wire copy under its own headlines, plus its own city reporting.',
  },
  {
    slug: 'eastern-herald',
    name: 'The Eastern Herald',
    kind: 'state-media',
    homePath: '/eastern-herald/',
    tagline: 'Published by the State Press Office of the Ostrevian Republic',
    base: 'Vessgrad, Ostrevia',
    blurb: 'Ostrevian state media. Quotes officials at length and calls the neighbour’s government a “regime”.',
  },
  {
    slug: 'kestrel-press',
    name: 'Kestrel Press Agency',
    kind: 'agency',
    homePath: '/kestrel-press/',
    tagline: 'News from Brannock and the Idle valley',
    base: 'Brannock, Calderra',
    blurb: 'A local news agency. Close to local officials, with the local numbers and the local detail.',
  },
  {
    slug: 'northern-monitor',
    name: 'Northern Monitor',
    kind: 'translated',
    homePath: '/northern-monitor/',
    tagline: 'The Ostrevian regional press, in English',
    base: 'Aubrecht',
    blurb: 'Publishes English translations of Ostrevian regional newspapers, which often know things the capital does not say.',
  },
  {
    slug: 'ridgeline',
    name: 'Ridgeline Notes',
    kind: 'blog',
    homePath: '/ridgeline/',
    tagline: 'Politics, power and plain sense, by Declan Roe',
    base: 'Lorn, Calderra',
    blurb: 'An opinion blog. Strong words, few sources, no structured metadata beyond Open Graph.',
  },
];

export function outletBySlug(slug: string): OutletProfile {
  const outlet = outletProfiles.find((o) => o.slug === slug);
  if (!outlet) throw new Error(`Unknown outlet ${slug}`);
  return outlet;
}
