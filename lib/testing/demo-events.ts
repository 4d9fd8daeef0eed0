/**
 * The demo site's events (e2e/site/content) as framing input: each story's paragraphs
 * joined as extraction joins them, the outlet under its printed name. Test-only.
 */
import { eventContents } from '@/e2e/site/content';
import { outletBySlug } from '@/e2e/site/content/outlets';
import type { EventContent } from '@/e2e/site/content/types';
import type { FramingArticle } from '../framing/types';

export { eventContents };
export type { EventContent };

export function outletName(slug: string): string {
  return outletBySlug(slug).name;
}

export function demoArticles(event: EventContent): FramingArticle[] {
  return event.stories.map((story) => ({
    id: story.path,
    outlet: outletName(story.outlet),
    title: story.headline,
    url: `http://127.0.0.1${story.path}`,
    publishedAt: story.publishedAt ?? null,
    text: story.body.map((p) => p.replace(/^## /, '')).join('\n\n'),
  }));
}
