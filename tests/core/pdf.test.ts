import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf, reportDocument } from '../../src/main/core/reports/pdf';
import { tempDir } from './support/core';

describe('PDF reports', () => {
  it('render A4 pages with Norwegian letters in the embedded font', async () => {
    const pdf = await renderPdf(
      reportDocument({
        title: 'Årsrapport for personvern',
        subtitle: 'We Assist AS · 2026',
        generatedAt: '25.11.2026',
        content: [{ text: 'Blåbærsyltetøy og røkt ørret: æøå ÆØÅ', style: 'h1' }],
      }),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Årsrapport for personvern');
    expect(text).toContain('Blåbærsyltetøy og røkt ørret: æøå ÆØÅ');
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/Roboto/);
  });
});
