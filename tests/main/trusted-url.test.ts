import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isInsideFolder, isTrustedRendererUrl } from '../../src/main/trusted-url';

describe('trusted renderer URLs', () => {
  const production = {
    indexFile: '/opt/Privacy Desk/resources/app.asar/.vite/renderer/main_window/index.html',
  };
  const development = { devServerUrl: 'http://localhost:5173' };

  it('trusts the built index.html, with any route in its hash', () => {
    const url =
      'file:///opt/Privacy%20Desk/resources/app.asar/.vite/renderer/main_window/index.html#/admin/users';
    expect(isTrustedRendererUrl(url, production)).toBe(true);
  });

  it('refuses other files, other hosts and lookalikes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Privacy%20Desk/resources/app.asar/.vite/renderer/main_window/other.html',
      'file://evil.example/opt/Privacy%20Desk/resources/app.asar/.vite/renderer/main_window/index.html',
      'https://example.com/',
      'http://localhost:5173/',
      'not a url',
      '',
    ]) {
      expect(isTrustedRendererUrl(url, production), url).toBe(false);
    }
  });

  it('trusts the dev server only on its own origin', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/cases', development)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', development)).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', development)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost.evil.example:5173/', development)).toBe(false);
  });

  it('handles Windows paths', () => {
    const windows = {
      indexFile:
        'C:\\Program Files\\Privacy Desk\\resources\\app.asar\\.vite\\renderer\\main_window\\index.html',
    };
    expect(
      isTrustedRendererUrl(
        'file:///C:/Program%20Files/Privacy%20Desk/resources/app.asar/.vite/renderer/main_window/index.html',
        windows,
      ),
    ).toBe(true);
  });
});

describe('files the app may open', () => {
  it('are only those inside the data folder', () => {
    expect(
      isInsideFolder('/home/kari/.config/Privacy Desk/attachments/ab12', '/home/kari/.config/Privacy Desk'),
    ).toBe(true);
    expect(
      isInsideFolder('/home/kari/.config/Privacy Desk/../.ssh/id_rsa', '/home/kari/.config/Privacy Desk'),
    ).toBe(false);
    expect(isInsideFolder('/home/kari/.config/Privacy Desk Evil/x', '/home/kari/.config/Privacy Desk')).toBe(
      false,
    );
    expect(isInsideFolder('/home/kari/.config/Privacy Desk', '/home/kari/.config/Privacy Desk')).toBe(false);
  });
});

describe('links to the outside world', () => {
  it('open only the allow-listed sites over https', () => {
    for (const url of [
      'https://www.datatilsynet.no/en/about-us/contact-us/',
      'https://lovdata.no/dokument/NL/lov/2018-06-15-38',
      'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      'https://www.edpb.europa.eu/our-work-tools/general-guidance_en',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuse any other address, lookalikes, http, credentials, ports and other schemes', () => {
    for (const url of [
      'https://example.com/',
      'https://datatilsynet.no.evil.example/',
      'https://evildatatilsynet.no/',
      'https://www.datatilsynet.no@evil.example/',
      'https://user:secret@www.datatilsynet.no/',
      'https://www.datatilsynet.no:8443/',
      'http://www.datatilsynet.no/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
