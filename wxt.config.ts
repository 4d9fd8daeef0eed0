import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Chromium's MV3 and Firefox's MV3 differ in a few manifest keys; WXT fills in
// side_panel vs sidebar_action from entrypoints/sidepanel on its own.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The content script already runs on these pages; the background injects the full extractor into the ones that hold articles.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Parallax' },
    // The in-page card is an extension page in an iframe, so web pages can show it but never read it.
    // A dynamic URL, so no site can probe a fixed address to learn that Parallax is installed.
    web_accessible_resources: [{ resources: ['coverage-card.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'parallax@parallax.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions needs Firefox 140 on desktop, 142 on Android.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
