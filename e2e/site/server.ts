import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { route } from './render/router';

/** The fictional demo news site, served on 127.0.0.1 for the e2e tests and `npm start`. */
export interface DemoSite {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSET_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const HTML_TYPE = 'text/html; charset=utf-8';
/** Host headers we are willing to build absolute URLs from. */
const SAFE_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(head ? undefined : body);
}

/** A file under assets/, or null for anything else, including any attempt to climb out of it. */
async function readAsset(pathname: string): Promise<{ body: Buffer; type: string } | null> {
  const relative = pathname === '/favicon.ico' ? 'img/favicon.svg' : pathname.slice('/assets/'.length);
  const type = ASSET_TYPES[extname(relative)];
  if (!type || relative.includes('\0')) return null;
  const file = resolve(ASSETS_DIR, relative);
  if (!file.startsWith(ASSETS_DIR.endsWith(sep) ? ASSETS_DIR : ASSETS_DIR + sep)) return null;
  try {
    return { body: await readFile(file), type };
  } catch {
    return null;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, fallbackHost: string): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head)
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', false, { Allow: 'GET, HEAD' });
  const host = req.headers.host && SAFE_HOST.test(req.headers.host) ? req.headers.host : fallbackHost;
  const url = new URL(req.url ?? '/', `http://${host}`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad request', head);
  }

  if (pathname.startsWith('/assets/') || pathname === '/favicon.ico') {
    const asset = await readAsset(pathname);
    if (asset) return send(res, 200, asset.type, asset.body, head, { 'Cache-Control': 'public, max-age=300' });
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found', head);
  }

  const routed = route({ origin: url.origin, path: pathname, query: url.searchParams, now: new Date() });
  if (routed.status === 301) return send(res, 301, 'text/plain; charset=utf-8', 'Moved', head, { Location: routed.location });
  send(res, routed.status, HTML_TYPE, routed.html, head, { 'Cache-Control': 'no-store' });
}

export async function startDemoSite(options: { port?: number; host?: string } = {}): Promise<DemoSite> {
  const host = options.host ?? '127.0.0.1';
  let fallbackHost = host;
  const server = createServer((req, res) => {
    handle(req, res, fallbackHost).catch((error: unknown) => {
      console.error('[demo site]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error', false);
      else res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  fallbackHost = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin: `http://${fallbackHost}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/** `npx tsx e2e/site/server.ts [port]`: serves the site until interrupted and prints its origin. */
async function main(arg: string | undefined): Promise<void> {
  const port = arg ? Number(arg) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${arg}`);
  const site = await startDemoSite({ port });
  console.log(site.origin);
  const stop = () => void site.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Only when run directly: importing this module (the tests do) starts nothing.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
