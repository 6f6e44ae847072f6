import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatPercent } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { report } from '../../../shared/i18n/resources/report';
import { formatNumber, translator } from '../../../shared/i18n/translate';
import { reportColours } from './pdf';

/** The annual report's words in one language and the parts its sections are built of (figures, tables). */

/** The report's words, numbers and dates in one language. */
export interface Words {
  language: Language;
  t: ReturnType<typeof translator<keyof (typeof report)['en'] & string>>;
  number(value: number): string;
  percent(part: number, whole: number): string;
  date(date: string | null): string;
}

export function wordsOf(language: Language): Words {
  return {
    language,
    t: translator(report, language),
    number: (value) => formatNumber(language, value),
    percent: (part, whole) => formatPercent(language, part, whole),
    date: (date) => formatDate(date),
  };
}

export function keyFigure(value: string, label: string): Content {
  return {
    stack: [
      { text: value, style: 'figure' },
      { text: label, style: 'figureLabel' },
    ],
    margin: [0, 0, 0, 4],
  };
}

export function table(headers: string[], rows: TableCell[][], widths: Array<string | number>): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths,
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: {
      hLineColor: () => reportColours.rule,
      vLineColor: () => reportColours.rule,
      fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f3f6f9' : null),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: 9,
    margin: [0, 0, 0, 8],
  };
}

export const right = (text: string, bold = false) => ({ text, alignment: 'right' as const, bold });
