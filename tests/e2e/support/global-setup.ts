import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const root = path.resolve(__dirname, '../../..');
/**
 * `npm test` builds the app once (scripts/test.mjs) and says so with PRIVACY_DESK_APP_BUILT: then
 * the renderer that ships is served. Run alone, the tests build their own into .e2e/.
 */
const prebuilt = process.env.PRIVACY_DESK_APP_BUILT === '1';
export const rendererBuildDir = prebuilt
  ? path.join(root, '.vite', 'renderer', 'main_window')
  : path.join(root, '.e2e', 'renderer');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Builds the renderer exactly as the app ships it and serves it on loopback for the tests. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const reuse = prebuilt || process.env.PRIVACY_DESK_E2E_SKIP_BUILD;
  if (!reuse || !fs.existsSync(path.join(rendererBuildDir, 'index.html'))) {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '-c',
        'vite.renderer.config.ts',
        '--outDir',
        rendererBuildDir,
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(rendererBuildDir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(rendererBuildDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.PRIVACY_DESK_E2E_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
