import { Button, MenuItem, TextField } from '@mui/material';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useState } from 'react';
import { type Language, languageNames, languages } from '../../../shared/i18n/languages';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage, useT } from '../../i18n';
import { saveFile } from '../../lib/download';
import { useAccessReportMutation } from './peopleApi';
import { type SelectedRecord, toPersonSelection } from './selection';

/** The language the person reads the report in. */
export function ReportLanguageField({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const t = useT('people');
  return (
    <TextField
      select
      size="small"
      label={t('reportLanguage')}
      value={value}
      onChange={(event) => onChange(event.target.value as Language)}
      sx={{ minWidth: 200 }}
      fullWidth={false}
    >
      {languages.map((option) => (
        <MenuItem key={option} value={option}>
          {languageNames[option]}
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * Makes the access report of the People screen's selection and saves its two files: the PDF for
 * the person and the ZIP of JSON and CSV (Art. 20). Making it is recorded in the audit log.
 */
export function AccessReportButton({ selected }: { selected: SelectedRecord[] }) {
  const t = useT('people');
  const dispatch = useAppDispatch();
  const [language, setLanguage] = useState<Language>(useLanguage());
  const [makeReport, { isLoading, error, reset }] = useAccessReportMutation();
  const make = async () => {
    const result = await makeReport({ selection: toPersonSelection(selected), language });
    if (!result.data) return;
    saveFile(result.data.pdf);
    saveFile(result.data.bundle);
    dispatch(notice(t('saved', { pdf: result.data.pdf.fileName, zip: result.data.bundle.fileName })));
  };
  return (
    <>
      <ReportLanguageField
        value={language}
        onChange={(next) => {
          reset();
          setLanguage(next);
        }}
      />
      <Button
        variant="contained"
        startIcon={<PictureAsPdfOutlinedIcon />}
        disabled={selected.length === 0 || isLoading}
        onClick={() => void make()}
      >
        {isLoading ? t('making') : t('report')}
      </Button>
      {error && (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </>
  );
}
