import { defineWebExtConfig } from 'wxt';
import { findChromium } from './e2e/harness/chromium';

// `npm run dev` opens Chromium through web-ext. Branded Chrome ignores
// --load-extension, so use the same Chromium as the tests; without a display
// (a server, a container) it runs headless, and as root it needs --no-sandbox.
const headless = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
const isRoot = process.getuid?.() === 0;

export default defineWebExtConfig({
  binaries: { chrome: findChromium() },
  chromiumArgs: [...(isRoot ? ['--no-sandbox'] : []), ...(headless ? ['--headless=new'] : [])],
});
