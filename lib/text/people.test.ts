import { describe, expect, it } from 'vitest';
import { nameIndex } from './people';

describe('nameIndex', () => {
  const text =
    'Deputy Minister of Industry Roman Sevic visited Dravik. Annika Sorvald of Calderra, to her credit, spoke. ' +
    'Oskar Brandt, director of the Idle Valley Civil Protection Agency, said little. Later Sevic left. ' +
    'Calderran Railways said trains would run. Ostrevia agreed, and Green Ostrevia objected.';
  const index = nameIndex(text);
  const get = (name: string) => [...index.byKey.values()].find((n) => n.name === name);

  it('separates the name from its title and keeps the role', () => {
    expect(get('Roman Sevic')?.roles).toEqual(new Set(['deputy', 'minister']));
    expect(get('Roman Sevic')?.kind).toBe('person');
  });

  it('takes roles given in apposition and gender from a nearby pronoun', () => {
    expect(get('Oskar Brandt')?.roles.has('director')).toBe(true);
    expect(get('Annika Sorvald')?.gender).toBe('f');
  });

  it('resolves a later surname to the full name', () => {
    const later = index.mentions.find((m) => text.slice(m.start, m.end) === 'Sevic');
    expect(later?.name).toBe('Roman Sevic');
  });

  it('tells institutions and groups named after places from people', () => {
    expect(get('Calderran Railways')?.kind).toBe('organisation');
    expect(get('Ostrevia')?.kind).toBe('organisation');
    expect(get('Green Ostrevia')?.kind).toBe('organisation');
  });
});
