import type { Comparison, Finding } from '@/lib/framing';
import type { EvidenceSource } from './EvidenceList';
import { FindingItem } from './FindingItem';
import { plural } from './format';

type OutletVoices = Comparison['sections']['voices']['outlets'][number];
type SpeakerVoice = OutletVoices['speakers'][number];

/** Speakers listed per column before "and N more". */
const SHOWN = 5;

/** "Kovin: 7 quotes, 120 words quoted" — what the reader scans down a column. */
function speakerLine(speaker: SpeakerVoice): string {
  const words = speaker.words > 0 ? `, ${plural(speaker.words, 'word')} quoted` : '';
  return `${speaker.name}: ${plural(speaker.quotes, 'quote')}${words}`;
}

/**
 * Who one outlet quotes, most quoted first; each speaker opens to their quotes in the
 * article, like a finding does. (Who only one outlet quotes is a finding below it.)
 */
export function VoiceList({ voices, source }: { voices: OutletVoices; source: EvidenceSource }) {
  const { speakers } = voices;
  return (
    <div class="voices" data-testid="voices">
      {speakers.slice(0, SHOWN).map((speaker) => {
        const asFinding: Finding = {
          kind: 'voice',
          outlets: [voices.outlet],
          summary: speakerLine(speaker),
          evidence: speaker.evidence,
          weight: 0,
        };
        return <FindingItem key={speaker.key} finding={asFinding} source={source} testId="voice" />;
      })}
      {speakers.length > SHOWN && <p class="muted voices__more">and {plural(speakers.length - SHOWN, 'other speaker')}</p>}
    </div>
  );
}
