import { describe, expect, it } from 'vitest';
import { datesMentioned, yearsMentioned } from './dates';

// Thursday 19 November 2026.
const PUBLISHED = '2026-11-19T08:30:00Z';

describe('datesMentioned', () => {
  it('reads written dates in the usual news forms', () => {
    expect(datesMentioned('The vote on Nov. 18, the summit on 20 November 2026 and the 2026-11-21 deadline.', PUBLISHED)).toEqual([
      '2026-11-18',
      '2026-11-20',
      '2026-11-21',
    ]);
  });

  it('reads full month names, ordinals and an explicit year', () => {
    expect(datesMentioned('It began March 3rd, 2025 and ended on the 4th of April.', PUBLISHED)).toEqual(['2025-03-03', '2026-04-04']);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(datesMentioned('The shooting happened on Tuesday; a vigil is planned Thursday.', PUBLISHED)).toEqual([
      '2026-11-17',
      '2026-11-19',
    ]);
  });

  it('reads a weekday after a future phrase as the coming one', () => {
    expect(datesMentioned('Blinken is due to travel to Berlin on Friday. The council will vote Saturday.', PUBLISHED)).toEqual([
      '2026-11-20',
      '2026-11-21',
    ]);
  });

  it('reads "next Monday" as the coming one and "yesterday" as the day before', () => {
    expect(datesMentioned('Yesterday police said talks resume next Monday.', PUBLISHED)).toEqual(['2026-11-18', '2026-11-23']);
  });

  it('puts a yearless date far after publication in the previous year', () => {
    expect(datesMentioned('Since Dec. 30 the border has been closed.', '2026-01-04')).toEqual(['2025-12-30']);
  });

  it('needs a publication date for weekdays and yearless dates', () => {
    expect(datesMentioned('On Tuesday, Nov. 18, and on 2026-11-20.')).toEqual(['2026-11-20']);
  });

  it('ignores impossible dates and lower-case "may"', () => {
    expect(datesMentioned('On September 31 he may 5 times refuse.', PUBLISHED)).toEqual([]);
  });
});

describe('yearsMentioned', () => {
  it('reads years written alone, not amounts, ranges or ISO dates', () => {
    expect(yearsMentioned('Since 2019, and in 1999, it cost $2000; the 2019-20 season; 2026-11-18; by 2100; 3000 people.')).toEqual([
      1999, 2019, 2100,
    ]);
  });
});
