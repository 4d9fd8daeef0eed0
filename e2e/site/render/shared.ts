import type { Figure, OutletProfile, Story, Teaser } from '../content/types';
import { html, jsonForScript, raw, type SafeHtml } from './html';

export { escapeHtml, html, raw, type SafeHtml } from './html';

/** What a template knows about the request it answers. */
export interface PageContext {
  /** `http://host:port` as the browser asked for it (from the Host header). */
  origin: string;
  path: string;
  query: URLSearchParams;
  now: Date;
}

export const DISCLAIMER = 'Fictional demo content for Parallax — no real outlet, person or event.';

export const absolute = (ctx: PageContext, path: string): string => new URL(path, ctx.origin).href;
export const imageUrl = (ctx: PageContext, file: string): string => absolute(ctx, `/assets/img/${file}`);
export const canonical = (ctx: PageContext): string => absolute(ctx, ctx.path);

/** A link as home pages print them, with the campaign parameters real sites add to their own links. */
export function tracked(path: string, medium: string, n: number): string {
  return `${path}?utm_source=homepage&utm_medium=${medium}&utm_campaign=teaser-${n}${n % 4 === 1 ? `&fbclid=IwAR0demo${n}x` : ''}`;
}

// ——— Dates ———

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The wall-clock parts of an ISO 8601 timestamp, in the zone it was written in. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** "UTC", "UTC+1", "UTC+2". */
  zone: string;
}

export function wallClock(iso: string): WallClock {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d)?(Z|[+-]\d\d:\d\d)$/.exec(iso);
  if (!m) throw new Error(`Not an ISO timestamp with zone: ${iso}`);
  const offset = m[6]!;
  const zone = offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset[0]}${Number(offset.slice(1, 3))}`;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), zone };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthName = (month: number): string => MONTHS[month - 1]!;
export const shortMonth = (month: number): string => monthName(month).slice(0, 3);
export const weekday = (date: Date): string => WEEKDAYS[date.getDay()]!;
export const clock24 = (t: WallClock): string => `${pad(t.hour)}:${pad(t.minute)}`;
export const clock12 = (t: WallClock): string => `${t.hour % 12 || 12}:${pad(t.minute)} ${t.hour < 12 ? 'a.m.' : 'p.m.'}`;
export const longDate = (t: WallClock): string => `${monthName(t.month)} ${t.day}, ${t.year}`;
export const dottedDate = (t: WallClock): string => `${pad(t.day)}.${pad(t.month)}.${t.year}`;
/** "20 Nov, 16:30": the short stamp feeds and lists use. */
export const shortStamp = (iso: string | undefined): string => {
  if (!iso) return '';
  const t = wallClock(iso);
  return `${t.day} ${shortMonth(t.month)}, ${clock24(t)}`;
};

// ——— Head ———

export interface HeadOptions {
  title: string;
  description: string;
  ogType: 'article' | 'website' | 'video.other';
  ogTitle?: string;
  siteName: string;
  image?: string;
  story?: Story;
  /** Include article:published_time and friends (default: when there is a story). */
  articleTags?: boolean;
  /** Extra `<meta>`/`<link>` markup. */
  extra?: SafeHtml;
  jsonLd?: unknown;
}

/** Everything in `<head>` after the charset: title, description, canonical, Open Graph, JSON-LD. */
export function headTags(ctx: PageContext, o: HeadOptions): SafeHtml {
  const url = canonical(ctx);
  const story = o.story;
  const articleTags = o.articleTags ?? Boolean(story);
  return html`<title>${o.title}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${o.description}" />
    <link rel="canonical" href="${url}" />
    <meta property="og:type" content="${o.ogType}" />
    <meta property="og:title" content="${o.ogTitle ?? o.title}" />
    <meta property="og:description" content="${o.description}" />
    <meta property="og:site_name" content="${o.siteName}" />
    <meta property="og:url" content="${url}" />
    ${o.image ? html`<meta property="og:image" content="${o.image}" />` : ''}
    ${
      story && articleTags
        ? html`<meta property="article:published_time" content="${story.publishedAt}" />
            ${story.modifiedAt ? html`<meta property="article:modified_time" content="${story.modifiedAt}" />` : ''}
            <meta property="article:section" content="${story.section}" />
            ${(story.tags ?? []).map((tag) => html`<meta property="article:tag" content="${tag}" />`)}`
        : ''
    }
    ${o.extra ?? ''}
    ${
      o.jsonLd
        ? html`<script type="application/ld+json">
            ${jsonForScript(o.jsonLd)}
          </script>`
        : ''
    }`;
}

/** The usual schema.org NewsArticle for a story; templates adjust it to vary the markup. */
export function newsArticleJsonLd(ctx: PageContext, story: Story, outlet: OutletProfile, type = 'NewsArticle'): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    headline: story.headline,
    description: story.standfirst,
    datePublished: story.publishedAt,
    dateModified: story.modifiedAt ?? story.publishedAt,
    author: story.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'Organization',
      name: outlet.name,
      logo: { '@type': 'ImageObject', url: imageUrl(ctx, `logo-${outlet.slug}.svg`) },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical(ctx) },
    image: [imageUrl(ctx, story.figure.file)],
    articleSection: story.section,
    inLanguage: 'en',
    isAccessibleForFree: true,
  };
}

// ——— Page ———

export interface DocumentOptions {
  head: SafeHtml;
  /** Stylesheets after the shared one, e.g. "/assets/continental-wire.css". */
  css: string[];
  bodyClass: string;
  body: SafeHtml;
}

/** The whole document: doctype, head, the fictional-content banner, then the outlet's own body. */
export function documentShell(o: DocumentOptions): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        ${o.head}
        <link rel="stylesheet" href="/assets/site.css" />
        ${o.css.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
      </head>
      <body class="${o.bodyClass}">
        ${demoBanner()} ${o.body}
      </body>
    </html>`;
}

export function demoBanner(): SafeHtml {
  return html`<div class="parallax-demo-banner" role="note"><strong>Demo</strong> ${DISCLAIMER} <a href="/">All demo outlets</a></div>`;
}

/** The line every footer carries. */
export function footerDisclaimer(): SafeHtml {
  return html`<p class="parallax-demo-note">${DISCLAIMER}</p>`;
}

// ——— Article pieces ———

/** Markup a template drops between paragraphs: a newsletter box, an inline ad. */
export interface Interlude {
  after: number;
  markup: SafeHtml;
}

/** Paragraphs and "## " subheadings, with an optional box after the n-th block. */
export function bodyBlocks(body: string[], interlude?: Interlude): SafeHtml {
  return html`${body.map(
    (block, i) =>
      html`${block.startsWith('## ') ? html`<h2>${block.slice(3)}</h2>` : html`<p>${block}</p>`}${i + 1 === interlude?.after ? interlude.markup : ''}`,
  )}`;
}

/**
 * The article text as the story's printing mode wants it: plain, inserted by a
 * script 500 ms after DOMContentLoaded (the static page has only a placeholder),
 * or printed twice (screen copy and print copy).
 */
export function storyText(story: Story, interlude?: Interlude): SafeHtml {
  if (story.printing === 'deferred') {
    return html`<div id="deferred-story" class="deferred-story" aria-busy="true">
        <p class="deferred-story__loading">Loading the story…</p>
      </div>
      ${deferredScripts(story.body)}`;
  }
  if (story.printing === 'twice') {
    return html`<div class="story-text story-text--screen">${bodyBlocks(story.body, interlude)}</div>
      <div class="story-text story-text--print">${bodyBlocks(story.body)}</div>`;
  }
  return bodyBlocks(story.body, interlude);
}

/** The text as JSON plus the script that prints it; built as a string so formatters leave the script alone. */
function deferredScripts(body: string[]): SafeHtml {
  const data = `<script type="application/json" id="deferred-story-data">${jsonForScript(body).value}</script>`;
  return raw(`${data}\n<script>\n${DEFERRED_SCRIPT}\n</script>`);
}

const DEFERRED_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  setTimeout(function () {
    var target = document.getElementById('deferred-story');
    var blocks = JSON.parse(document.getElementById('deferred-story-data').textContent);
    target.textContent = '';
    blocks.forEach(function (text) {
      var heading = text.indexOf('## ') === 0;
      var el = document.createElement(heading ? 'h2' : 'p');
      el.textContent = heading ? text.slice(3) : text;
      target.appendChild(el);
    });
    target.removeAttribute('aria-busy');
  }, 500);
});`;

export function figure(ctx: PageContext, f: Figure, className: string): SafeHtml {
  return html`<figure class="${className}">
    <img src="${imageUrl(ctx, f.file)}" alt="${f.alt}" width="960" height="540" />
    <figcaption>${f.caption} <span class="${className}__credit">${f.credit}</span></figcaption>
  </figure>`;
}

/** "Mira Castell", "Mira Castell and Tomas Brenn", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function advert(className: string, size = 'leaderboard'): SafeHtml {
  return html`<aside class="${className}" data-ad-slot="${size}" aria-label="Advertisement">
    <span>Advertisement</span>
  </aside>`;
}

export function shareLinks(ctx: PageContext, headline: string, className: string): SafeHtml {
  const url = encodeURIComponent(canonical(ctx));
  const text = encodeURIComponent(headline);
  return html`<ul class="${className}" aria-label="Share this story">
    <li><a href="https://share.example/post?url=${url}&text=${text}" rel="nofollow">Share</a></li>
    <li><a href="mailto:?subject=${text}&body=${url}">Email</a></li>
    <li><a href="${canonical(ctx)}#print" rel="nofollow">Print</a></li>
  </ul>`;
}

/** The related/most-read teasers: other stories from the same outlet. */
export function otherStories(all: Story[], current: Story, count: number): Story[] {
  return all.filter((s) => s.outlet === current.outlet && s.path !== current.path && !s.printing).slice(0, count);
}

export function teaserLink(t: Teaser, className: string): SafeHtml {
  return html`<a class="${className}" href="${t.path}">${t.headline}</a>`;
}
