import { describe, expect, it } from 'vitest';
import { namespaces, resources } from '../../src/shared/i18n';
import {
  formatDate,
  formatDateTime,
  formatKroner,
  formatLongDate,
  formatPercent,
  formatWeekdayDate,
} from '../../src/shared/i18n/format';
import { languages } from '../../src/shared/i18n/languages';
import { citeArticle, holiday } from '../../src/shared/i18n/resources/labels';
import { letter } from '../../src/shared/i18n/resources/letters';
import { formatNumber, placeholdersOf, translate } from '../../src/shared/i18n/translate';
import { holidayKey, norwegianHolidays } from '../../src/main/core/deadlines/holidays';
import { defaultTemplates } from '../../src/main/core/letters/defaults';
import { mergeFieldsIn, templateKinds, templateProblems } from '../../src/shared/letters/rules';

describe('the dictionaries of letters and reports', () => {
  it('have every key in both languages, with the same placeholders and no empty text', () => {
    for (const [name, ns] of Object.entries(namespaces)) {
      const en = ns.en as Record<string, string>;
      const nb = ns.nb as Record<string, string>;
      expect(Object.keys(nb).sort(), `${name}: bokmål keys`).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(en[key].trim(), `${name}:${key} in English`).not.toBe('');
        expect(nb[key].trim(), `${name}:${key} in bokmål`).not.toBe('');
        expect(placeholdersOf(nb[key]), `${name}:${key} placeholders`).toEqual(placeholdersOf(en[key]));
        const plural = /_(one|other)$/.exec(key);
        if (plural) expect(Object.hasOwn(en, key.replace(/_(one|other)$/, '_other'))).toBe(true);
      }
    }
    expect(Object.keys(resources)).toEqual(['nb', 'en']);
    expect(resources.nb.outcome).toBe(namespaces.outcome.nb);
  });

  it('choose plural forms and format numbers, lists, dates and percentages in the language’s style', () => {
    expect(translate(letter, 'nb', 'approximately', { count: 12345 })).toBe('omtrent 12\u00a0345');
    expect(translate(letter, 'en', 'approximately', { count: 12345 })).toBe('about 12,345');
    expect(formatNumber('nb', 1234.5)).toBe('1\u00a0234,5');
    expect(formatPercent('nb', 2, 3)).toBe('66,7\u00a0%');
    expect(formatPercent('en', 2, 3)).toBe('66.7%');
    expect(formatPercent('en', 1, 0)).toBe('–');
    expect(formatDate('2026-03-02')).toBe('02.03.2026');
    expect(formatDateTime('2026-03-12T13:05:00.000Z')).toBe('12.03.2026 14:05');
    expect(formatLongDate('nb', '2026-03-02')).toBe('2. mars 2026');
    expect(formatLongDate('en', '2026-03-02')).toBe('2 March 2026');
    expect(formatWeekdayDate('nb', '2026-04-07')).toBe('tirsdag 7. april 2026');
    expect(formatKroner('nb', 1250)).toBe('1\u00a0250\u00a0kr');
    expect(() => translate(letter, 'nb', 'noSuchKey' as 'gap')).toThrow('No text "noSuchKey" in nb');
  });

  it('cite articles as each language does', () => {
    expect(citeArticle('nb', 'Art. 28(3)(a)')).toBe('art. 28 nr. 3 bokstav a');
    expect(citeArticle('nb', 'Art. 21(2)-(3)')).toBe('art. 21 nr. 2 og 3');
    expect(citeArticle('nb', 'Art. 28(3), second subparagraph')).toBe('art. 28 nr. 3 annet ledd');
    expect(citeArticle('nb', 'Art. 13, 14')).toBe('art. 13, 14');
    expect(citeArticle('en', 'Art. 15')).toBe('Art. 15');
  });

  it('name every Norwegian public holiday in both languages', () => {
    for (const year of [2026, 2027, 2030]) {
      for (const date of norwegianHolidays(year).keys()) {
        const key = holidayKey(date);
        expect(key, date).not.toBeNull();
        for (const language of languages) expect(holiday[language][key!]).toBeTruthy();
      }
    }
    expect(holiday.nb[holidayKey('2026-12-26')!]).toBe('2. juledag');
    expect(holiday.en[holidayKey('2026-04-02')!]).toBe('Maundy Thursday');
    expect(holiday.nb[holidayKey('2026-04-02')!]).toBe('Skjærtorsdag');
    expect(holidayKey('2026-03-01')).toBe('sunday');
    expect(holidayKey('2026-03-02')).toBeNull();
  });

  it('ship letter templates that pass their own checks, with the same merge fields in both languages', () => {
    for (const kind of templateKinds) {
      for (const language of languages) {
        const { subject, body } = defaultTemplates[kind][language];
        expect(templateProblems(kind, subject, body), `${kind} ${language}`).toEqual([]);
      }
      const fields = (language: 'nb' | 'en') =>
        [
          ...new Set(
            mergeFieldsIn(
              `${defaultTemplates[kind][language].subject}${defaultTemplates[kind][language].body}`,
            ),
          ),
        ].sort();
      expect(fields('nb'), kind).toEqual(fields('en'));
    }
  });
});
