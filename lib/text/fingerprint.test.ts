import { describe, expect, it } from 'vitest';
import { bandKeys, fingerprint, HASHES, resemblance } from './fingerprint';
import { normalizeText } from './normalize';

// A wire story, as two sites print it: different furniture around the same paragraphs.
const WIRE = `ALBANY, N.Y. (AP) — A gunman opened fire outside a downtown nightclub early Sunday, killing two people and wounding five others, police said.

Officers were called to the 300 block of Pearl Street shortly after 2 a.m. and found the victims on the sidewalk, Police Chief Maria Alvarez told reporters at a briefing later in the morning.

Alvarez said investigators believe an argument inside the club spilled onto the street before the shooting. No arrests had been made by Sunday afternoon, and police asked anyone with video of the scene to come forward.

The two people killed were a 24-year-old man from Troy and a 31-year-old woman from Albany. Their names were withheld until relatives could be told. Three of the wounded were in stable condition at Albany Medical Center; two were treated and released.

Mayor Kevin Doyle called the shooting "senseless" and said the city would add patrols downtown on weekend nights. The nightclub's owners said in a statement that they were cooperating with detectives.`;

const SITE_A = `Share this story\n\n${WIRE}\n\nCopyright 2026 The Associated Press. All rights reserved.`;
const SITE_B = `${WIRE.replace('early Sunday', 'early Sunday morning')}\n\nSign up for our newsletter to get the latest local news in your inbox.`;

// The same shooting, reported by a local paper in its own words.
const OWN_WORDS = `Two people are dead and five are hurt after shots rang out near a Pearl Street nightclub in downtown Albany in the early hours of Sunday.

Police Chief Maria Alvarez said a dispute that began inside the venue moved outside, where at least one person fired into a crowd. Detectives are still looking for the shooter and want to see any phone video taken on the block.

Neighbors said they heard at least eight shots. "It sounded like fireworks at first," said one resident, who asked not to be named. Mayor Kevin Doyle promised extra weekend patrols and called the violence senseless.

Albany Medical Center treated five people; three remained hospitalized Sunday evening.`;

describe('fingerprint', () => {
  it('is 64 small integers, plain JSON', () => {
    const fp = fingerprint(normalizeText(WIRE));
    expect(fp).toHaveLength(HASHES);
    expect(fp.every((h) => Number.isInteger(h) && h >= 0 && h < 65536)).toBe(true);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
  });

  it('ignores case and punctuation', () => {
    expect(fingerprint('The quick brown fox jumps over the lazy dog')).toEqual(
      fingerprint('the quick, brown fox jumps over the lazy dog.'),
    );
  });

  it('gives the same values in every run and engine (they are stored)', () => {
    expect(fingerprint('one two three four five six seven').slice(0, 4)).toEqual([15062, 38623, 11545, 12524]);
  });

  it('scores the same wire text on two sites at 0.8 or more', () => {
    const a = fingerprint(normalizeText(SITE_A));
    const b = fingerprint(normalizeText(SITE_B));
    expect(resemblance(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it('scores a different article on the same event low', () => {
    const a = fingerprint(normalizeText(SITE_A));
    const b = fingerprint(normalizeText(OWN_WORDS));
    expect(resemblance(a, b)).toBeLessThan(0.1);
  });

  it('scores identical text 1 and an empty text 0', () => {
    const a = fingerprint(WIRE);
    expect(resemblance(a, fingerprint(WIRE))).toBe(1);
    expect(fingerprint('')).toEqual([]);
    expect(resemblance(a, [])).toBe(0);
  });

  it('fingerprints a text shorter than one shingle', () => {
    expect(fingerprint('Breaking news')).toHaveLength(HASHES);
  });
});

describe('bandKeys', () => {
  it('gives 16 keys and shares at least one between wire copies', () => {
    const a = bandKeys(fingerprint(normalizeText(SITE_A)));
    const b = new Set(bandKeys(fingerprint(normalizeText(SITE_B))));
    expect(a).toHaveLength(16);
    expect(a.some((k) => b.has(k))).toBe(true);
  });

  it('shares none between different articles on the same event', () => {
    const a = bandKeys(fingerprint(normalizeText(SITE_A)));
    const b = new Set(bandKeys(fingerprint(normalizeText(OWN_WORDS))));
    expect(a.filter((k) => b.has(k))).toEqual([]);
  });

  it('has no keys for an empty fingerprint', () => {
    expect(bandKeys([])).toEqual([]);
  });
});
