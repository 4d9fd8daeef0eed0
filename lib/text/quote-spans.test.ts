import { describe, expect, it } from 'vitest';
import { quoteSpans } from './quote-spans';

const quoted = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quoteSpans', () => {
  it('finds curly and straight quotations', () => {
    expect(quoted('“We did not solve everything,” she said. He said "no deal was made today" later.')).toEqual([
      'We did not solve everything,',
      'no deal was made today',
    ]);
  });

  it('leaves out scare quotes of one or two words', () => {
    expect(quoted('The troops are “defensive”, the “one person” line said.')).toEqual([]);
  });

  it('keeps a short quotation that a verb of naming or speaking introduces', () => {
    expect(quoted('She called him a “sniveling coward” and a “fraud.” The so-called “experts” agreed.')).toEqual([
      'sniveling coward',
      'fraud.',
    ]);
    expect(quoted('He described the plan as “dead,” saying it was “hopeless.”')).toEqual(['dead,', 'hopeless.']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quoted('He wrote: “Fox also invited me when he apologized for the “f bomb.”” Then he left.')).toEqual([
      'Fox also invited me when he apologized for the “f bomb.”',
    ]);
  });

  it('ends an unclosed quotation with its paragraph, as news style runs quotes over paragraphs', () => {
    expect(quoted('“We came with engineers and with timetables.\n\n“We expect the same seriousness,” he said.')).toEqual([
      'We came with engineers and with timetables.',
      'We expect the same seriousness,',
    ]);
  });
});
