// Parameters that identify a campaign or a click, never the article itself.
const TRACKING_PARAMS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ref_src|ref_url|smid|taid)$/i,
];

/** Returns `raw` resolved against `base`, or null when it is not an http(s) URL. */
export function toHttpUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The URL without tracking parameters and fragment: what "the same article" is keyed on. */
export function cleanUrl(raw: string, base?: string): string | null {
  const url = toHttpUrl(raw, base);
  if (!url) return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  return url.href;
}
