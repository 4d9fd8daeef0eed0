/** One line of `../shared/data/events/*.jsonl`, as the CLI reads it. */
export interface EventsLine {
  outlet: string;
  title: string;
  published: string | null;
  url: string;
  text: string;
}

/** Only the fields a reader's browser would know; gold labels (`event`, `dataset`) are never read. */
export function parseEventsLine(raw: string): EventsLine {
  const value = JSON.parse(raw) as Record<string, unknown>;
  const str = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : null);
  const [outlet, title, url, text] = [str('outlet'), str('title'), str('url'), str('text')];
  if (!outlet || !url || text === null || title === null) throw new Error('needs outlet, title, url and text');
  return { outlet, title, url, text, published: str('published') };
}
