import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useState } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage, useT } from '../../i18n';
import { ReportLanguageField } from './AccessReportButton';
import { PersonSelector } from './PersonSelector';
import { useAccessReportToCaseMutation } from './peopleApi';
import { type SelectedRecord, toPersonSelection } from './selection';

/** The requester's identifiers a search can start from: e-mail address first, then phone, then name. */
function searchesOf(person: { name: string; email: string | null; phone: string | null }): string[] {
  return [person.email, person.phone, person.name].filter(
    (value): value is string => typeof value === 'string' && value.trim().length >= 2,
  );
}

/**
 * "Make access report" on a case (an access or portability request): the People screen's search and
 * selection in a dialog, started from the requester, and the report kept as the case's documents.
 */
export function AccessReportDialog({
  caseId,
  caseNumber,
  person,
  onClose,
}: {
  caseId: number;
  caseNumber: string;
  person: { name: string; email: string | null; phone: string | null };
  onClose: () => void;
}) {
  const t = useT('people');
  const common = useT('common');
  const dispatch = useAppDispatch();
  const searches = searchesOf(person);
  const [query, setQuery] = useState(searches[0] ?? '');
  const [selected, setSelected] = useState<SelectedRecord[]>([]);
  const [language, setLanguage] = useState<Language>(useLanguage());
  const [makeReport, { isLoading, error }] = useAccessReportToCaseMutation();
  const make = async () => {
    const result = await makeReport({ caseId, selection: toPersonSelection(selected), language });
    if (!result.data) return;
    const count = result.data.counts.reduce((sum, entry) => sum + entry.count, 0);
    dispatch(notice(t('kept', { count })));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xl" aria-labelledby="access-report-title">
      <DialogTitle id="access-report-title">{t('dialogTitle', { number: caseNumber })}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{t('dialogIntro')}</DialogContentText>
        {searches.length > 1 && (
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} useFlexGap flexWrap="wrap">
            <DialogContentText component="span">{t('alsoSearch')}</DialogContentText>
            {searches.map((search) => (
              <Button
                key={search}
                size="small"
                variant="outlined"
                disabled={search === query}
                onClick={() => setQuery(search)}
              >
                {search}
              </Button>
            ))}
          </Stack>
        )}
        <PersonSelector query={query} onSearch={setQuery} selected={selected} onChange={setSelected} />
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2, gap: 1 }}>
        <ReportLanguageField value={language} onChange={setLanguage} />
        <Button onClick={onClose}>{common('cancel')}</Button>
        <Button
          variant="contained"
          startIcon={<PictureAsPdfOutlinedIcon />}
          disabled={selected.length === 0 || isLoading}
          onClick={() => void make()}
        >
          {isLoading ? t('making') : t('keepOnCase')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
