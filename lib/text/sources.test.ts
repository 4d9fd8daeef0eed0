import { describe, expect, it } from 'vitest';
import { quotes } from './quotes';
import { citedSources } from './sources';

const cited = (text: string, outlets: string[] = []) => citedSources(text, quotes(text, 'en'), outlets).map((s) => [s.kind, s.via, s.name]);

describe('citedSources', () => {
  it('finds wire credits in datelines and outlets told or reporting', () => {
    expect(
      cited('MOSCOW (AP) — The talks ended. Lavrov told ZDF the talks were useful. The New York Times reported the meeting first.'),
    ).toEqual([
      ['agency', 'credit', 'AP'],
      ['outlet', 'told', 'ZDF'],
      ['outlet', 'reported', 'The New York Times'],
    ]);
  });

  it('reads "according to" as an agency, a document or an organisation', () => {
    expect(cited('The river rose, according to Reuters. Some 14,000 troops remain, according to figures seen by the Courier.')).toEqual([
      ['agency', 'according-to', 'Reuters'],
      ['document', 'according-to', 'figures seen by the Courier'],
    ]);
    expect(cited('The flooding killed 12 people, according to the regional civil protection agency.')).toEqual([
      ['organisation', 'according-to', 'the regional civil protection agency'],
    ]);
  });

  it('finds documents and anonymous sources', () => {
    expect(cited('Records seen by the Ledger show the warehouse was cited in 2025. Court documents tell another story.')).toEqual([
      ['document', 'document', 'Records seen by the Ledger'],
      ['document', 'document', 'Court documents'],
    ]);
    expect(cited('A source familiar with the talks said no deal was near. Officials in Vessgrad admitted the troops would stay.')).toEqual([
      ['anonymous', 'anonymous', 'A source familiar with'],
      ['anonymous', 'anonymous', 'Officials in Vessgrad'],
    ]);
  });

  it('does not take a person told something for a source', () => {
    expect(cited('Sorvald told Kovin that the crossing would open.')).toEqual([]);
  });
});
