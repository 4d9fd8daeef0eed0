import { defineWebExtConfig } from 'wxt';
import { chromiumIfInstalled } from './e2e/harness/chromium';

// `npm run dev` opens Chromium through web-ext. Branded Chrome ignores
// --load-extension, so use the same Chromium as the tests; without a display
// (a server, a container) it runs headless, and as root it needs --no-sandbox.
// Without Chromium web-ext looks for a browser itself: `npm install` runs
// `wxt prepare`, which reads this file, and must not fail for want of one.
const chromium = chromiumIfInstalled();
const headless = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
const isRoot = process.getuid?.() === 0;

export default defineWebExtConfig({
  ...(chromium ? { binaries: { chrome: chromium } } : {}),
  chromiumArgs: [...(isRoot ? ['--no-sandbox'] : []), ...(headless ? ['--headless=new'] : [])],
});
