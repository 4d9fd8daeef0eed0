import { parseHTML } from 'linkedom';

/** A Document parsed by linkedom, as the CLI and benchmarks parse pages. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const SENTENCES = [
  'The foreign ministers of Valmora and Ostrelia met on Tuesday in the port city of Lorn for talks that lasted more than four hours.',
  'Officials on both sides described the meeting as frank, and neither government released a joint statement afterwards.',
  'According to a senior diplomat, the ministers discussed the disputed border crossings, fishing rights and the release of detained sailors.',
  '"We came to listen, and we listened," Foreign Minister Irena Kostova told reporters outside the harbour office.',
  'Analysts said the meeting was the first direct contact between the two governments since talks collapsed in the spring.',
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plausible news article page with the metadata real sites carry. */
export function articlePage({
  title = 'Ministers meet in Lorn',
  outlet = 'Continental Wire',
  paragraphs = 8,
  canonical = 'https://wire.example/2026/11/18/ministers-meet.html',
} = {}): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}</p>`,
  ).join('\n');
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2026-11-18T09:30:00+01:00',
    author: [{ '@type': 'Person', name: 'Jana Petrov' }],
    publisher: { '@type': 'Organization', name: outlet },
  };
  const [t, o] = [escapeHtml(title), escapeHtml(outlet)];
  return `<!doctype html><html lang="en"><head><title>${t} | ${o}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta property="og:type" content="article"><meta property="og:site_name" content="${o}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${t}</h1><p class="byline">By Jana Petrov</p>${body}</article>
<footer>© 2026 ${o}</footer></body></html>`;
}

/** A front page: many short teasers, each a link. */
export function homePage(outlet = 'Continental Wire'): string {
  const teasers = Array.from(
    { length: 30 },
    (_, i) =>
      `<div class="teaser"><h2><a href="/story-${i}.html">Story number ${i} about the day's events</a></h2><p>A short standfirst.</p></div>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>${outlet}</title><meta property="og:type" content="website"></head>
<body><nav><a href="/">Home</a></nav><main>${teasers}</main><footer>© 2026 ${outlet}</footer></body></html>`;
}
