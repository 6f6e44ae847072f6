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
import { saveFile } from '../../lib/download';
import { useAppDispatch } from '../../app/store';
import { notice } from '../../app/notifications';
import { useAnnualReportMutation } from './reportsApi';

const contents = [
  'Rights requests by type and outcome, answered on time, extensions, the median reply time',
  'Every refusal in full or in part with the grounds the person was given (Art. 12(4))',
  'Personal data breaches by risk, notifications to Datatilsynet and to the people affected',
  'Data processing agreements in both directions, their Art. 28 gaps and transfers out of the EEA',
  'The inquiries documented, by channel and category',
];

/** Reports for the board and for Datatilsynet: the annual privacy report as a PDF. */
export function ReportsPage() {
  const dispatch = useAppDispatch();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2018 + 1 }, (_, index) => thisYear - index);
  const [year, setYear] = useState(thisYear - (new Date().getMonth() < 2 ? 1 : 0));
  const [language, setLanguage] = useState<Language>('en');
  const [makeReport, { isLoading, error }] = useAnnualReportMutation();

  const download = async () => {
    const result = await makeReport({ year, language });
    if ('data' in result && result.data) {
      saveFile(result.data);
      dispatch(notice(`The annual report for ${year} was saved as ${result.data.fileName}.`));
    }
  };

  return (
    <>
      <PageHeader
        title="Reports"
        subtitle="What the board and Datatilsynet ask for, made from the records in Privacy Desk. Each list of the dashboard can also be exported as CSV or XLSX from the start page."
      />
      <Card sx={{ maxWidth: 760 }}>
        {isLoading && <LinearProgress aria-label="Preparing the report" />}
        <CardContent>
          <Stack direction="row" spacing={1.5} alignItems="center" sx={{ mb: 1, color: 'primary.main' }}>
            <PictureAsPdfOutlinedIcon />
            <Typography variant="h6" component="h2" color="text.primary">
              Annual privacy report
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            A PDF for the board: key figures first, then each area, for 1 January to 31 December (or to today
            for the running year).
          </Typography>
          <List dense>
            {contents.map((line) => (
              <ListItem key={line} disableGutters>
                <ListItemIcon sx={{ minWidth: 32, color: 'secondary.main' }}>
                  <CheckIcon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={line} />
              </ListItem>
            ))}
          </List>
          <ErrorAlert error={error} />
          <Stack direction="row" spacing={2}>
            <TextField
              select
              label="Year"
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
              sx={{ minWidth: 160 }}
            >
              {years.map((option) => (
                <MenuItem key={option} value={option}>
                  {option}
                  {option === thisYear ? ' (so far)' : ''}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="Language of the report"
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
            {isLoading ? 'Preparing the report…' : `Download the report for ${year}`}
          </Button>
          <Button component={RouterLink} to="/calendar">
            Deadline calendar
          </Button>
        </CardActions>
      </Card>
    </>
  );
}
