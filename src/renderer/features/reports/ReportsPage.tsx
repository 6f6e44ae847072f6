import {
  Button,
  Card,
  CardActions,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage, useT } from '../../i18n';
import { saveFile } from '../../lib/download';
import { useAppDispatch } from '../../app/store';
import { notice } from '../../app/notifications';
import { useAnnualReportMutation } from './reportsApi';

const contents = [
  'contentsRequests',
  'contentsRefusals',
  'contentsBreaches',
  'contentsAgreements',
  'contentsInquiries',
] as const;

/** Reports for the board and for Datatilsynet: the annual privacy report as a PDF. */
export function ReportsPage() {
  const t = useT('reports');
  const dispatch = useAppDispatch();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2018 + 1 }, (_, index) => thisYear - index);
  const [year, setYear] = useState(thisYear - (new Date().getMonth() < 2 ? 1 : 0));
  const [language, setLanguage] = useState<Language>(useLanguage());
  const [makeReport, { isLoading, error }] = useAnnualReportMutation();

  const download = async () => {
    const result = await makeReport({ year, language });
    if ('data' in result && result.data) {
      saveFile(result.data);
      dispatch(notice(t('saved', { year, file: result.data.fileName })));
    }
  };

  return (
    <>
      <PageHeader title={t('screenTitle')} subtitle={t('subtitle')} />
      <Card sx={{ maxWidth: 760 }}>
        {isLoading && <LinearProgress aria-label={t('preparing')} />}
        <CardContent>
          <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mb: 1, color: 'primary.main' }}>
            <PictureAsPdfOutlinedIcon />
            <Typography variant="h6" component="h2" color="text.primary">
              {t('annualReport')}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('annualIntro')}
          </Typography>
          <List dense>
            {contents.map((line) => (
              <ListItem key={line} disableGutters>
                <ListItemIcon sx={{ minWidth: 32, color: 'secondary.main' }}>
                  <CheckIcon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={t(line)} />
              </ListItem>
            ))}
          </List>
          <ErrorAlert error={error} />
          <Stack direction="row" spacing={2}>
            <TextField
              select
              label={t('year')}
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
              sx={{ minWidth: 160 }}
            >
              {years.map((option) => (
                <MenuItem key={option} value={option}>
                  {option === thisYear ? t('soFar', { year: option }) : option}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('reportLanguage')}
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
              sx={{ minWidth: 200 }}
            >
              {languages.map((option) => (
                <MenuItem key={option} value={option}>
                  {languageNames[option]}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </CardContent>
        <CardActions sx={{ px: 2, pb: 2 }}>
          <Button
            variant="contained"
            startIcon={<PictureAsPdfOutlinedIcon />}
            onClick={() => void download()}
            disabled={isLoading}
          >
            {isLoading ? t('preparingEllipsis') : t('download', { year })}
          </Button>
          <Button component={RouterLink} to="/calendar">
            {t('calendar')}
          </Button>
        </CardActions>
      </Card>
    </>
  );
}
