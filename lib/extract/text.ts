/**
 * Text normalisation for every string we keep: Unicode NFC, one kind of space,
 * no invisible characters, and mojibake repaired.
 */

/** Windows-1252's printable characters in 0x80–0x9F, by byte. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i]!, 0x80 + i);
for (let b = 0x80; b < 0x100; b++) if (b >= 0xa0 || !BYTE_OF.has(String.fromCharCode(b))) BYTE_OF.set(String.fromCharCode(b), b);

/** A run that starts like a UTF-8 lead byte read as Windows-1252 ("Ã©", "â€™", "Â "). */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d]{1,3}/g;

let decoder: TextDecoder | null = null;

function decodeRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const byte = BYTE_OF.get(run[i]!);
    if (byte === undefined) return run;
    bytes[i] = byte;
  }
  try {
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    const decoded = decoder.decode(bytes);
    // A real repair gives one character per UTF-8 sequence, never a replacement or control character.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
    return decoded.length < run.length && !/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(decoded) ? decoded : run;
  } catch {
    return run;
  }
}

/** "It's Ã©tÃ© â€™" → "It's été ’": UTF-8 that was read as Windows-1252, repaired run by run. */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(SUSPECT, decodeRun);
}

/** Collapses every kind of space, drops invisible characters, repairs mojibake, composes to NFC. */
export function normaliseText(text: string | null | undefined): string {
  return repairMojibake(text ?? '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .normalize('NFC');
}
