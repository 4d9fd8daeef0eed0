import { clean } from './dom';

/** What a paywall or registration wall says where the free text stops. */
const WALL =
  /\b(subscribe (now )?to (continue|read|keep reading)|(to )?continue reading,? (please )?(subscribe|sign in|log in|register)|this (article|story|content) is (only )?(available|for) (to )?(subscribers|members)|already a (subscriber|member)\??|create a free account to (continue|read)|you have reached your (free )?(article )?limit|jetzt (weiterlesen|abonnieren)|réservé aux abonnés|contenido exclusivo para suscriptores)\b/i;

/** A subscribe prompt where the free text stops: a line of the wall, not of the article. */
export function isWallPrompt(text: string): boolean {
  return text.length < 300 && WALL.test(text);
}

/**
 * The body visibly stops short: the last lines are a subscribe prompt, or the
 * page has a paywall element with such a prompt.
 */
export function looksTruncated(walls: Element[], paragraphs: string[]): boolean {
  const tail = paragraphs.slice(-3).join(' ');
  if (WALL.test(tail)) return true;
  // The wall's own elements (paywall, piano, regwall, meter classes) come from `scanPage`.
  for (const el of walls) {
    if (WALL.test(clean(el.textContent).slice(0, 2000))) return true;
  }
  return false;
}
