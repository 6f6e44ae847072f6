import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatLongDate } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { letter } from '../../../shared/i18n/resources/letters';
import { translator } from '../../../shared/i18n/translate';
import type { Settings } from '../../../shared/settings/definitions';
import { reportColours } from '../reports/pdf';

/** A letter's text as blocks: paragraphs (their line breaks kept), bullet lists and headings. */
export type TextBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; items: string[] };

/**
 * Reads the plain text of a letter: an empty line ends a paragraph, "- " starts a bullet, "## " a
 * heading. Lines left empty by a merge field with no value are dropped, and so are empty paragraphs.
 */
export function blocksOf(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      if (items.length > 0) blocks.push({ kind: 'list', items });
      lines = [];
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('## ')) {
        flush();
        blocks.push({ kind: 'heading', text: line.slice(3).trim() });
      } else if (line.startsWith('- ')) {
        if (lines.length > 0) {
          blocks.push({ kind: 'paragraph', lines });
          lines = [];
        }
        items.push(line.slice(2).trim());
      } else {
        if (items.length > 0) {
          blocks.push({ kind: 'list', items });
          items = [];
        }
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}

function bodyContent(text: string): Content[] {
  return blocksOf(text).map((block): Content => {
    if (block.kind === 'heading') return { text: block.text, style: 'heading' };
    if (block.kind === 'list') return { ul: block.items, margin: [0, 0, 0, 8] };
    return { text: block.lines.join('\n'), margin: [0, 0, 0, 8] };
  });
}

export interface LetterLayout {
  language: Language;
  settings: Settings;
  /** The address block: a name and lines of address. */
  recipient: string[];
  referenceLabel: string;
  reference: string;
  date: string;
  subject: string;
  body: string;
  /** A draft to copy elsewhere (Datatilsynet's form): says so at the top. */
  draft: boolean;
}

/** The post town of an address ("Sandakerveien 116, 0484 Oslo" → "Oslo"), for the date line. */
export function placeOf(address: string): string {
  const last = address.split(',').at(-1)?.trim() ?? '';
  return last.replace(/^\d{4}\s+/, '') || 'Oslo';
}

/** A letter on the company's letterhead: A4, Roboto (æøå), the sender from Settings → Company. */
export function letterDocument(layout: LetterLayout): TDocumentDefinitions {
  const { language, settings } = layout;
  const t = translator(letter, language);
  const addressLines = settings.companyAddress.split(',').map((part) => part.trim());
  return {
    pageSize: 'A4',
    pageMargins: [64, 56, 64, 64],
    info: {
      title: layout.subject,
      author: settings.companyName,
      creator: 'Privacy Desk',
      subject: `${layout.referenceLabel} ${layout.reference}`,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.3, color: '#1b2430' },
    footer: (currentPage, pageCount) => ({
      columns: [
        {
          text: t('footer', {
            company: settings.companyName,
            orgNumber: settings.companyOrgNumber,
            address: settings.companyAddress,
          }),
          color: reportColours.muted,
          fontSize: 8,
        },
        {
          text: t('pageOf', { page: currentPage, pages: pageCount }),
          alignment: 'right',
          color: reportColours.muted,
          fontSize: 8,
          width: 80,
        },
      ],
      margin: [64, 24, 64, 0],
    }),
    styles: {
      company: { fontSize: 15, bold: true, color: reportColours.primary },
      letterhead: { fontSize: 8.5, color: reportColours.muted, lineHeight: 1.2 },
      subject: { fontSize: 12.5, bold: true, margin: [0, 28, 0, 14] },
      heading: { fontSize: 11, bold: true, color: reportColours.primary, margin: [0, 6, 0, 4] },
    },
    content: [
      {
        columns: [
          {
            stack: [
              { text: settings.companyName, style: 'company' },
              { text: addressLines.join('\n'), style: 'letterhead' },
            ],
          },
          {
            stack: [
              settings.companyPhone,
              settings.companyEmail,
              settings.companyWebsite,
              t('orgNumberLine', { orgNumber: settings.companyOrgNumber }),
            ],
            style: 'letterhead',
            alignment: 'right',
          },
        ],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 8, x2: 467, y2: 8, lineWidth: 0.75, lineColor: reportColours.rule },
        ],
        margin: [0, 0, 0, 18],
      },
      ...(layout.draft
        ? [
            {
              table: {
                widths: ['*'],
                body: [[{ text: t('draftBanner'), fillColor: '#fff4e5', margin: [6, 4, 6, 4] }]],
              },
              layout: 'noBorders',
              fontSize: 9,
              margin: [0, 0, 0, 12],
            } as Content,
          ]
        : []),
      {
        columns: [
          { text: layout.recipient.filter(Boolean).join('\n'), width: '*' },
          {
            stack: [
              t('dateLine', {
                place: placeOf(settings.companyAddress),
                date: formatLongDate(language, layout.date),
              }),
              `${layout.referenceLabel}: ${layout.reference}`,
            ],
            alignment: 'right',
            width: 200,
            fontSize: 9.5,
          },
        ],
      },
      { text: layout.subject, style: 'subject' },
      ...bodyContent(layout.body),
    ],
  };
}
