import { fallbackLanguage, type Language } from '../../../shared/i18n/languages';
import { type ExportKey, exportWords } from '../../../shared/i18n/resources/exports';
import { translator } from '../../../shared/i18n/translate';
import type { Actor } from '../context';
import type { Column } from './tabular';

/** The language an export is written in in the app: the signed-in user's, else bokmål. */
export function exportLanguage(actor: Actor): Language {
  return actor.language ?? fallbackLanguage;
}

/** The export words of `language`: `t('caseNumber')`. */
export function exportText(language: Language) {
  return translator(exportWords, language);
}

/** A column whose header is an export word. */
export type KeyedColumn<Row> = Omit<Column<Row>, 'header'> & { key: ExportKey };

/** The columns with their headers in `language`. */
export function headed<Row>(language: Language, columns: readonly KeyedColumn<Row>[]): Column<Row>[] {
  const t = exportText(language);
  return columns.map(({ key, ...column }) => ({ ...column, header: t(key) }));
}
