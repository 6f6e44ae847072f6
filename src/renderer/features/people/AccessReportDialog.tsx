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
import { fallbackLanguage, type Language } from '../../../shared/i18n/languages';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReportLanguageField } from './AccessReportButton';
import { PersonSelector } from './PersonSelector';
import { useAccessReportToCaseMutation } from './peopleApi';
import { type SelectedRecord, toPersonSelection } from './selection';

const text = {
  title: (number: string) => `Access report for case ${number}`,
  intro:
    'The search starts with the requester’s details. Tick the records that are this person’s, search again with other spellings and add them. The PDF for the person and the ZIP of JSON and CSV are kept under the case’s Documents, and the timeline notes the report.',
  alsoSearch: 'Search also:',
  make: 'Make the report and keep it on the case',
  making: 'Making the report…',
  cancel: 'Cancel',
  made: (count: number) =>
    `Access report kept under Documents (${count === 1 ? '1 record' : `${count} records`}).`,
};

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
  const dispatch = useAppDispatch();
  const searches = searchesOf(person);
  const [query, setQuery] = useState(searches[0] ?? '');
  const [selected, setSelected] = useState<SelectedRecord[]>([]);
  const [language, setLanguage] = useState<Language>(fallbackLanguage);
  const [makeReport, { isLoading, error }] = useAccessReportToCaseMutation();
  const make = async () => {
    const result = await makeReport({ caseId, selection: toPersonSelection(selected), language });
    if (!result.data) return;
    const count = result.data.counts.reduce((sum, entry) => sum + entry.count, 0);
    dispatch(notice(text.made(count)));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xl" aria-labelledby="access-report-title">
      <DialogTitle id="access-report-title">{text.title(caseNumber)}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{text.intro}</DialogContentText>
        {searches.length > 1 && (
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} useFlexGap flexWrap="wrap">
            <DialogContentText component="span">{text.alsoSearch}</DialogContentText>
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
        <Button onClick={onClose}>{text.cancel}</Button>
        <Button
          variant="contained"
          startIcon={<PictureAsPdfOutlinedIcon />}
          disabled={selected.length === 0 || isLoading}
          onClick={() => void make()}
        >
          {isLoading ? text.making : text.make}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
