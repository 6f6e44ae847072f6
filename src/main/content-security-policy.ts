/**
 * The renderer's Content-Security-Policy. Everything comes from the app itself; MUI's emotion
 * styles need inline <style> elements, and a nonce would be a constant written into the built
 * index.html (docs/DEVELOPING.md, "Electron's own checks", says why that stays). The development
 * server also needs its inline React refresh preamble and its websocket.
 */
export function contentSecurityPolicy(mode: 'production' | 'development'): string {
  const dev = mode === 'development';
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws: http://localhost:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
