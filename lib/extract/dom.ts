/** Small, null-safe readers over a Document. Every page-derived string passes through `clean`. */

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

export function linkHref(doc: Document, rel: string): string | null {
  return clean(doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href')) || null;
}
