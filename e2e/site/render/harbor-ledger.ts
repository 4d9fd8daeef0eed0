import type { Story } from '../content/types';
import {
  advert,
  canonical,
  clock12,
  documentShell,
  figure,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  joinNames,
  monthName,
  newsArticleJsonLd,
  shareLinks,
  shortMonth,
  storyText,
  wallClock,
  weekday,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

const CSS = ['/assets/harbor-ledger.css'];
const NAV: [string, string][] = [
  ['Home', '/harbor-ledger/'],
  ['Saltmere', '/harbor-ledger/#saltmere'],
  ['Region', '/harbor-ledger/#region'],
  ['World', '/harbor-ledger/world/'],
  ['Business', '/harbor-ledger/#business'],
  ['Opinion', '/harbor-ledger/#opinion'],
  ['Culture', '/harbor-ledger/#culture'],
];

/** The masthead carries today's date, computed per request, as printed papers' websites do. */
function masthead(ctx: PageContext): SafeHtml {
  const today = ctx.now;
  const date = `${weekday(today)}, ${monthName(today.getMonth() + 1)} ${today.getDate()}, ${today.getFullYear()}`;
  return html`<div class="masthead">
      <div class="masthead-date">${date}</div>
      <a class="masthead-title" href="/harbor-ledger/">The Harbor Ledger</a>
      <div class="masthead-tagline">Saltmere’s daily newspaper since 1871</div>
      <a class="masthead-subscribe" href="/harbor-ledger/#subscribe">Subscribe</a>
    </div>
    <nav class="section-nav" aria-label="Sections">
      <ul>
        ${NAV.map(([label, href]) => html`<li><a href="${href}">${label}</a></li>`)}
      </ul>
    </nav>`;
}

function footer(): SafeHtml {
  return html`<footer class="ledger-footer">
    <div class="ledger-footer__cols">
      <ul>
        <li><a href="/harbor-ledger/">Today’s paper</a></li>
        <li><a href="/harbor-ledger/world/">World</a></li>
        <li><a href="/about/">Contact the newsroom</a></li>
      </ul>
      <ul>
        <li><a href="/about/">Terms of use</a></li>
        <li><a href="/about/">Privacy</a></li>
        <li><a href="/about/">Cookie settings</a></li>
      </ul>
    </div>
    <p>© 2026 The Harbor Ledger Company, Saltmere.</p>
    ${footerDisclaimer()}
  </footer>`;
}

/** "By A and B, Continental Wire" for wire copy, "Jane Doe, Staff Reporter" for one staffer. */
function byline(story: Story): string {
  if (story.wireCopyOf) return `By ${joinNames(story.authors)}, Continental Wire`;
  if (story.authors.length === 1) return `${story.authors[0]}, Staff Reporter`;
  return `By ${joinNames(story.authors)}, Ledger Staff`;
}

function newsletter(): SafeHtml {
  return html`<aside class="ledger-newsletter">
    <h4>The Morning Ledger</h4>
    <p>Saltmere’s news in your inbox by 7 a.m. Free for readers.</p>
    <form action="/harbor-ledger/#subscribe" method="get">
      <input type="email" name="email" placeholder="you@example.com" aria-label="Email address" />
      <button type="submit">Sign up</button>
    </form>
  </aside>`;
}

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const m = story.modifiedAt ? wallClock(story.modifiedAt) : null;
  const { ['@context']: _context, ...newsArticle } = newsArticleJsonLd(ctx, story, outlet);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': canonical(ctx), url: canonical(ctx), name: story.headline },
      newsArticle,
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: new URL('/harbor-ledger/', ctx.origin).href },
          { '@type': 'ListItem', position: 2, name: story.section },
        ],
      },
    ],
  };
  const head = headTags(ctx, {
    title: `${story.headline} | The Harbor Ledger`,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    jsonLd,
  });
  const body = html`${masthead(ctx)} ${advert('leaderboard')}
    <div class="ledger-columns">
      <div id="story" class="ledger-article">
        <header class="article-head">
          <span class="section-label">${story.section}</span>
          <h1 class="article-title">${story.headline}</h1>
          <p class="article-dek">${story.standfirst}</p>
          <div class="article-meta">
            <span class="author-line">${byline(story)}</span>
            <time datetime="${story.publishedAt}">${shortMonth(t.month)}. ${t.day}, ${t.year} at ${clock12(t)}</time>
            ${
              m && story.modifiedAt
                ? html`<span class="updated"
                    >Updated <time datetime="${story.modifiedAt}">${shortMonth(m.month)}. ${m.day} at ${clock12(m)}</time></span
                  >`
                : ''
            }
          </div>
        </header>
        ${figure(ctx, story.figure, 'article-photo')}
        <section class="article-body" itemprop="articleBody">${storyText(story, { after: 3, markup: newsletter() })}</section>
        <div class="article-tools">${shareLinks(ctx, story.headline, 'ledger-share')}</div>
      </div>
      <aside class="ledger-sidebar">
        <h3>Most read</h3>
        <ol>
          ${more.map((s) => html`<li><a href="${s.path}">${s.headline}</a></li>`)}
        </ol>
        ${advert('sidebar-ad', 'skyscraper')}
      </aside>
    </div>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'ledger', body });
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const isSection = l.page.kind === 'section-front';
  const head = headTags(ctx, {
    title: isSection ? `${l.heading} | The Harbor Ledger` : 'The Harbor Ledger | Saltmere news, sport and opinion',
    description: isSection ? `${l.heading} news from The Harbor Ledger.` : 'Saltmere’s daily newspaper since 1871.',
    ogType: 'website',
    siteName: l.outlet.name,
  });
  const [top, second, ...rest] = l.teasers;
  const body = html`${masthead(ctx)} ${advert('leaderboard')}
    <main class="front">
      <h1 class="front-heading">${isSection ? l.heading : 'Today’s front page'}</h1>
      <div class="front-top">
        ${[top, second].map((t) =>
          t
            ? html`<div class="front-top__item">
                <a class="front-headline" href="${t.path}">${t.headline}</a>
                <div class="front-summary">${t.standfirst}</div>
              </div>`
            : '',
        )}
      </div>
      <ul class="front-list">
        ${rest.map(
          (t) =>
            html`<li>
              <span class="front-kicker">${t.section}</span> <a href="${t.path}">${t.headline}</a>
              <div class="front-summary">${t.standfirst}</div>
            </li>`,
        )}
      </ul>
    </main>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'ledger ledger--front', body });
}

export const harborLedger: Theme = { article, listing };
