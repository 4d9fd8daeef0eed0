import type { Teaser } from '../content/types';
import {
  documentShell,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  joinNames,
  longDate,
  raw,
  storyText,
  wallClock,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

// A self-hosted blog: WordPress-like markup, Open Graph tags, no JSON-LD at all.
const CSS = ['/assets/ridgeline.css'];

function siteHeader(): SafeHtml {
  return html`<header class="site-header">
    <p class="site-title"><a href="/ridgeline/" rel="home">Ridgeline Notes</a></p>
    <p class="site-description">Politics, power and plain sense, by Declan Roe</p>
    <nav class="main-navigation">
      <ul class="menu">
        <li><a href="/ridgeline/">Home</a></li>
        <li><a href="/ridgeline/tag/ostrevia/">Ostrevia</a></li>
        <li><a href="/ridgeline/#archives">Archives</a></li>
        <li><a href="/ridgeline/#support">Support the blog</a></li>
      </ul>
    </nav>
  </header>`;
}

function sidebar(recent: { path: string; headline: string }[]): SafeHtml {
  return html`<aside id="secondary" class="widget-area">
    <section class="widget widget_text">
      <h2 class="widget-title">About</h2>
      <img class="avatar" src="/assets/img/avatar-declan-roe.svg" alt="Declan Roe" width="64" height="64" />
      <div class="textwidget">Declan Roe was a political reporter for twenty years. Now he says what he thinks.</div>
    </section>
    <section class="widget widget_recent_entries">
      <h2 class="widget-title">Recent posts</h2>
      <ul>
        ${recent.map((p) => html`<li><a href="${p.path}">${p.headline}</a></li>`)}
      </ul>
    </section>
    <section class="widget widget_email">
      <h2 class="widget-title">Get new posts by email</h2>
      <form action="/ridgeline/#subscribe" method="get">
        <input type="email" name="email" placeholder="Email address" aria-label="Email address" /> <button type="submit">Subscribe</button>
      </form>
    </section>
    <section class="widget widget_ad">
      <div class="ad-label">Advertisement</div>
      <div class="ad-box">Your ad here</div>
    </section>
  </aside>`;
}

function siteFooter(): SafeHtml {
  return html`<footer class="site-footer">
    <div class="site-info">© 2026 Ridgeline Notes · Proudly self-hosted · <a href="/about/">About this blog</a></div>
    ${footerDisclaimer()}
  </footer>`;
}

/** A stable, made-up comment count, so reloading does not change the page. */
const commentCount = (text: string) => (text.length * 7) % 40;

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const comments = commentCount(story.headline);
  const head = headTags(ctx, {
    title: `${story.headline} – Ridgeline Notes`,
    ogTitle: `${story.headline} | Ridgeline Notes`,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    extra: html`<meta name="author" content="${joinNames(story.authors)}" /> <meta name="generator" content="PressBlog 6.4" />`,
  });
  const body = html`<div id="page" class="site">
    ${siteHeader()}
    <div id="content" class="site-content">
      <main id="main" class="site-main">
        <article class="post type-post status-publish hentry">
          <header class="entry-header">
            <h1 class="entry-title">${story.headline}</h1>
            <div class="entry-meta">
              <span class="posted-on"><time class="entry-date published" datetime="${story.publishedAt}">${longDate(t)}</time></span>
              <span class="byline"
                >Posted by <span class="author vcard"><a class="url fn n" href="/ridgeline/">${joinNames(story.authors)}</a></span></span
              >
              <span class="comments-link"><a href="#comments">${comments} comments</a></span>
            </div>
          </header>
          <figure class="wp-block-image">
            <img src="${imageUrl(ctx, story.figure.file)}" alt="${story.figure.alt}" width="960" height="540" />
            <figcaption>${story.figure.caption} Photo: ${story.figure.credit}</figcaption>
          </figure>
          <div class="entry-content">${storyText(story)}</div>
          <footer class="entry-footer">
            <span class="tags-links"
              >Tagged
              ${(story.tags ?? []).map(
                (tag, i) => html`${i ? ', ' : ''}<a href="/ridgeline/tag/${tag.toLowerCase()}/" rel="tag">${tag}</a>`,
              )}</span
            >
            <span class="share-links"
              >Share: <a href="https://share.example/post" rel="nofollow">Post</a> · <a href="mailto:?">Email</a></span
            >
          </footer>
        </article>
        <section id="comments" class="comments-area">
          <h2 class="comments-title">${comments} thoughts on “${story.headline}”</h2>
          <div class="comments-closed">Comments are closed for this post.</div>
        </section>
      </main>
      ${sidebar(more)}
    </div>
    ${siteFooter()}
    <div class="cookie-notice">This blog uses cookies for basic statistics. <button type="button">OK</button></div>
  </div>`;
  return documentShell({ head, css: CSS, bodyClass: 'single single-post', body });
}

function postSummary(t: Teaser): SafeHtml {
  return html`<div class="post-summary">
    <h2 class="entry-title"><a href="${t.path}">${t.headline}</a></h2>
    <div class="entry-meta">${t.publishedAt ? longDate(wallClock(t.publishedAt)) : ''}</div>
    <div class="entry-summary">${t.standfirst} <a class="more-link" href="${t.path}">Continue reading ${raw('&rarr;')}</a></div>
  </div>`;
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const isTag = l.page.kind === 'tag-page';
  const head = headTags(ctx, {
    title: isTag ? `${l.heading} – Ridgeline Notes` : 'Ridgeline Notes – Politics, power and plain sense',
    description: 'Declan Roe on politics, power and plain sense.',
    ogType: 'website',
    siteName: l.outlet.name,
  });
  const body = html`<div id="page" class="site">
    ${siteHeader()}
    <div id="content" class="site-content">
      <main id="main" class="site-main">
        <header class="page-header">
          <h1 class="page-title">${isTag ? `Tag: ${l.heading}` : 'Latest posts'}</h1>
        </header>
        ${l.teasers.map(postSummary)}
        <nav class="posts-navigation"><a href="/ridgeline/#older">Older posts</a></nav>
      </main>
      ${sidebar(l.teasers.slice(0, 5))}
    </div>
    ${siteFooter()}
  </div>`;
  return documentShell({ head, css: CSS, bodyClass: isTag ? 'archive tag' : 'home blog', body });
}

export const ridgeline: Theme = { article, listing };
