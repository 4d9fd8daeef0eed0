import {
  advert,
  clock24,
  documentShell,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  joinNames,
  newsArticleJsonLd,
  shortMonth,
  shortStamp,
  storyText,
  wallClock,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

const CSS = ['/assets/kestrel-press.css'];
const DESKS = ['Brannock', 'Idle Valley', 'Saltmere', 'Lorn', 'Markets', 'Weather'];

function top(): SafeHtml {
  return html`<div class="kpa-bar">
      <a class="kpa-brand" href="/kestrel-press/">KPA</a>
      <span class="kpa-bar__name">Kestrel Press Agency</span>
      <span class="kpa-bar__tag">News from Brannock and the Idle valley</span>
      <a class="kpa-bar__feed" href="/kestrel-press/#feed">Client feed login</a>
    </div>
    <nav class="kpa-desks">${DESKS.map((d) => html`<a href="/kestrel-press/#${d.toLowerCase().replace(' ', '-')}">${d}</a>`)}</nav>`;
}

function footer(): SafeHtml {
  return html`<footer class="kpa-foot">
    <span>© 2026 Kestrel Press Agency, Brannock. All rights reserved.</span>
    <a href="/about/">About KPA</a> <a href="/about/">Corrections</a>
    ${footerDisclaimer()}
  </footer>`;
}

function rail(items: { path: string; headline: string }[]): SafeHtml {
  return html`<aside class="kpa-rail">
    ${advert('kpa-ad', 'rail')}
    <div class="kpa-panel">
      <h3>Most read</h3>
      ${items.map((s, i) => html`<div class="kpa-panel__row"><b>${i + 1}</b> <a href="${s.path}">${s.headline}</a></div>`)}
    </div>
    <div class="kpa-panel kpa-panel--newsletter">
      <h3>Morning file</h3>
      <div>Our 6 a.m. digest for newsrooms and readers.</div>
      <a href="/kestrel-press/#subscribe">Subscribe</a>
    </div>
  </aside>`;
}

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const credit = [`Reporting by ${joinNames(story.authors)}`, ...(story.credits ?? [])].join('; ');
  const head = headTags(ctx, {
    title: `${story.headline} | KPA`,
    ogTitle: story.headline,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    jsonLd: newsArticleJsonLd(ctx, story, outlet, 'ReportageNewsArticle'),
  });
  const body = html`${top()}
    <div class="kpa-wrap">
      <main class="kpa-main">
        <div class="kpa-slug">${story.section.toUpperCase()}</div>
        <h1 class="kpa-h1">${story.headline}</h1>
        <div class="kpa-meta">
          <time datetime="${story.publishedAt}">${t.day} ${shortMonth(t.month)} ${t.year}, ${clock24(t)} ${t.zone}</time>
          <span class="kpa-meta__credit">${credit}</span>
        </div>
        <div class="kpa-photo">
          <img src="${imageUrl(ctx, story.figure.file)}" alt="${story.figure.alt}" width="960" height="540" />
          <div class="kpa-photo__caption">${story.figure.caption} (${story.figure.credit})</div>
        </div>
        <div class="kpa-text">${storyText(story)}</div>
        <div class="kpa-endnote">(${credit})</div>
        <div class="kpa-share">
          <a href="mailto:?subject=${encodeURIComponent(story.headline)}">Email</a>
          <a href="/kestrel-press/#licensing">License this story</a>
        </div>
      </main>
      ${rail(more)}
    </div>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'kpa', body });
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const v = l.video;
  const head = headTags(ctx, {
    title: v ? `Video: ${v.title} | KPA` : 'Kestrel Press Agency | Brannock and Idle valley news',
    description: v ? v.caption : 'News from Brannock and the Idle valley.',
    ogType: v ? 'video.other' : 'website',
    siteName: l.outlet.name,
    image: v ? imageUrl(ctx, v.poster) : imageUrl(ctx, 'logo-kestrel-press.svg'),
  });
  const main = v
    ? html`<main class="kpa-main kpa-video">
        <h1 class="kpa-h1">${v.title}</h1>
        <div class="kpa-player" role="img" aria-label="Video player">
          <img src="${imageUrl(ctx, v.poster)}" alt="" width="960" height="540" />
          <button type="button" class="kpa-player__play" aria-label="Play video">▶</button>
          <span class="kpa-player__time">${v.duration}</span>
        </div>
        <div class="kpa-video__caption">${v.caption}</div>
        <div class="kpa-video__credit">Video: Kestrel Press Agency</div>
      </main>`
    : html`<main class="kpa-main">
        <h1 class="kpa-h1 kpa-h1--home">Latest from the wire</h1>
        <table class="kpa-feed">
          <tbody>
            ${l.teasers.map(
              (t) =>
                html`<tr>
                  <td class="kpa-feed__time">${shortStamp(t.publishedAt)}</td>
                  <td class="kpa-feed__slug">${t.section.toUpperCase()}</td>
                  <td><a href="${t.path}">${t.headline}</a> <span class="kpa-feed__dek">${t.standfirst}</span></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </main>`;
  const body = html`${top()}
    <div class="kpa-wrap">${main} ${rail(v ? l.teasers : l.teasers.slice(0, 5))}</div>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'kpa kpa--list', body });
}

export const kestrelPress: Theme = { article, listing };
