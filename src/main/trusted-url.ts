/**
 * Decides whether a URL is the app's own renderer. Pure, without electron, so it is unit-tested:
 * the IPC handler answers only frames at such URLs, and navigation anywhere else is blocked.
 */
export interface RendererLocation {
  /** The Vite dev server during `npm start`, e.g. http://localhost:5173 */
  devServerUrl?: string;
  /** The built index.html in production, as an absolute file path. */
  indexFile?: string;
}

function fileUrlPath(indexFile: string): string {
  const normalised = indexFile.replace(/\\/g, '/');
  const withSlash = normalised.startsWith('/') ? normalised : `/${normalised}`;
  return encodeURI(withSlash);
}

export function isTrustedRendererUrl(candidate: string, location: RendererLocation): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.devServerUrl) {
    const dev = new URL(location.devServerUrl);
    if (url.protocol === dev.protocol && url.host === dev.host) return true;
  }
  if (location.indexFile && url.protocol === 'file:' && url.host === '') {
    return url.pathname === fileUrlPath(location.indexFile);
  }
  return false;
}

/** A file may be opened with the system viewer only when it lies inside the app's data folder. */
export function isInsideFolder(file: string, folder: string): boolean {
  const normalise = (value: string) => value.replace(/\\/g, '/').replace(/\/+$/, '');
  const target = normalise(file);
  const base = normalise(folder);
  return target.startsWith(`${base}/`) && !target.slice(base.length).split('/').includes('..');
}

/**
 * The sites a link in the app may open in the system browser: the supervisory authority, the
 * law and the EU's guidance. Anything else (another host, http, a user name or port in the
 * address, a lookalike such as datatilsynet.no.evil.example) is refused.
 */
export const externalHosts: readonly string[] = [
  'www.datatilsynet.no',
  'datatilsynet.no',
  'lovdata.no',
  'www.lovdata.no',
  'eur-lex.europa.eu',
  'www.edpb.europa.eu',
  'edpb.europa.eu',
  'commission.europa.eu',
  'www.dataprivacyframework.gov',
];

export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    externalHosts.includes(url.hostname)
  );
}
