import { eventContents, specialStories } from '../content';
import { outletBySlug, outletProfiles } from '../content/outlets';
import { sitePages } from '../content/pages';
import type { EventContent, OutletProfile } from '../content/types';
import { DISCLAIMER, documentShell, headTags, html, type PageContext, type SafeHtml } from './shared';

// The site-level pages: the directory at "/", the about page and the 404 page.

const KIND_LABELS: Record<OutletProfile['kind'], string> = {
  wire: 'Wire agency',
  daily: 'Metro daily',
  'state-media': 'State media',
  agency: 'Local news agency',
  translated: 'Translated reports',
  blog: 'Opinion blog',
};

const outletName = (slug: string) => outletBySlug(slug).name;

function page(ctx: PageContext, title: string, description: string, main: SafeHtml): string {
  const head = headTags(ctx, { title, description, ogType: 'website', siteName: 'Parallax demo news' });
  const body = html`<header class="dir-header">
      <a class="dir-logo" href="/">Parallax <span>demo news</span></a>
      <nav><a href="/">Outlets and events</a> <a href="/about/">About this demo</a></nav>
    </header>
    <main class="dir-main">${main}</main>
    <footer class="dir-footer">
      <p class="parallax-demo-note">${DISCLAIMER}</p>
    </footer>`;
  return documentShell({ head, css: [], bodyClass: 'dir', body }).toString();
}

function eventCard(event: EventContent): SafeHtml {
  return html`<section class="dir-event" id="${event.id}">
    <h3>${event.summary}</h3>
    <ul>
      ${event.stories.map(
        (s) =>
          html`<li>
            <span class="dir-event__outlet">${outletName(s.outlet)}</span>
            <a href="${s.path}">${s.headline}</a>
          </li>`,
      )}
    </ul>
  </section>`;
}

export function frontPage(ctx: PageContext): string {
  const others = sitePages.filter((p) => p.kind !== 'front-page' && p.kind !== 'outlet-home');
  return page(
    ctx,
    'Parallax demo news: six fictional outlets, a few weeks of news',
    'A small fictional news site for trying Parallax.',
    html`<section class="dir-hero">
        <h1>A few weeks of news, six ways of telling it</h1>
        <div class="dir-hero__try">
          Open any article below, and Parallax saves it to your reading history on this computer. Then open another outlet’s article on the
          same event to see who each one quotes, what only one of them says, and where their numbers disagree.
        </div>
        <div class="dir-hero__note">Everything here is invented: ${DISCLAIMER}</div>
      </section>
      <h2 class="dir-h2">The events</h2>
      <div class="dir-events">${eventContents.map(eventCard)}</div>
      <h2 class="dir-h2">The outlets</h2>
      <ul class="dir-outlets">
        ${outletProfiles.map(
          (o) =>
            html`<li class="dir-outlet dir-outlet--${o.slug}">
              <a class="dir-outlet__name" href="${o.homePath}">${o.name}</a>
              <span class="dir-outlet__kind">${KIND_LABELS[o.kind]} · ${o.base}</span>
              <span class="dir-outlet__blurb">${o.blurb}</span>
            </li>`,
        )}
      </ul>
      <h2 class="dir-h2">Pages that are not articles, and two awkward ones</h2>
      <ul class="dir-misc">
        ${others.map((p) => html`<li><a href="${p.path}">${p.title}</a> <span>${p.kind.replace('-', ' ')}</span></li>`)}
        ${specialStories.map(
          (s) =>
            html`<li>
              <a href="${s.path}">${s.headline}</a>
              <span>${s.printing === 'deferred' ? 'text appears only after load' : 'article text printed twice'}</span>
            </li>`,
        )}
      </ul>`,
  );
}

function plantedList(event: EventContent): SafeHtml {
  const p = event.planted;
  return html`<section class="dir-planted">
    <h3>${event.summary}</h3>
    <dl>
      <dt>Who is quoted</dt>
      ${p.quotes.map((q) => html`<dd>${q.speaker}: ${q.outlets.map(outletName).join(', ')}</dd>`)}
      <dt>Only one outlet reports</dt>
      ${p.uniqueFacts.map((f) => html`<dd>${outletName(f.outlet)}: “${f.text}”</dd>`)}
      <dt>Everyone but one reports</dt>
      ${p.omissions.map((f) => html`<dd>${outletName(f.outlet)} leaves out “${f.text}”</dd>`)}
      <dt>Numbers that disagree</dt>
      ${p.numbers.map((n) => html`<dd>${n.what}: ${n.values.map((v) => `${outletName(v.outlet)} “${v.value}”`).join(' vs ')}</dd>`)}
      <dt>Word choice</dt>
      ${p.wordChoice.map((w) => html`<dd>${outletName(w.outlet)}: ${w.words.map((word) => `“${word}”`).join(', ')}</dd>`)}
    </dl>
  </section>`;
}

export function aboutPage(ctx: PageContext): string {
  const eventArticles = eventContents.reduce((n, e) => n + e.stories.length, 0);
  return page(
    ctx,
    'About this demo | Parallax demo news',
    'What the Parallax demo site is and what is written into it.',
    html`<h1>About this demo</h1>
      <ul class="dir-facts">
        <li>This site is served from your own computer for Parallax’s end-to-end tests and for <code>npm start</code>.</li>
        <li>
          ${outletProfiles.length} invented outlets cover ${eventContents.length} invented events in ${eventArticles} articles, plus two
          awkward pages.
        </li>
        <li>The differences between them were written in on purpose. This is the answer key.</li>
      </ul>
      <h2 class="dir-h2">Planted differences, event by event</h2>
      ${eventContents.map(plantedList)}`,
  );
}

export function notFoundPage(ctx: PageContext): string {
  const outlet = outletProfiles.find((o) => ctx.path.startsWith(o.homePath));
  return page(
    ctx,
    'Page not found | Parallax demo news',
    'This page is not part of the demo.',
    html`<h1>Page not found</h1>
      <ul class="dir-facts">
        <li>This page is not part of the Parallax demo. Only the stories listed on the front page are written out.</li>
        ${outlet ? html`<li><a href="${outlet.homePath}">Back to ${outlet.name}</a></li>` : ''}
        <li><a href="/">All demo outlets and events</a></li>
      </ul>`,
  );
}
