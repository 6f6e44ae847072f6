import {
  Alert,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  Grid,
  Link,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { type SccModule } from '../../../shared/agreements/rules';
import { countryName } from '../../../shared/countries';
import type { ActivityDetail } from '../../../shared/processing/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useLabels, useSay, useT } from '../../i18n';
import { RecordTable } from '../../components/RecordTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/RecordPage';
import { formatDateTime } from '../../lib/format';
import { ActivityDialog } from './ActivityDialog';
import { CompletenessChips, RoleChip } from './ProcessingPage';
import {
  useProcessingActivityQuery,
  useProcessingHistoryQuery,
  useRestoreActivityMutation,
} from './processingApi';
import { HistoryCard, titleProps } from '../agreements/panelParts';
import { ArchiveDialog } from './ArchiveDialog';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid container spacing={1} sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-line' }}>
          {children}
        </Typography>
      </Grid>
    </Grid>
  );
}

function NotYet() {
  const t = useT('agreementPanels');
  return <em>{t('notYetRecorded')}</em>;
}

const notYet = <NotYet />;
const list = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : notYet);

function Content({ detail }: { detail: ActivityDetail }) {
  const t = useT('agreementPanels');
  const legalBasisLabels = useLabels('legalBasis');
  const specialCategoryLabels = useLabels('specialCategory');
  const controller = detail.role === 'controller';
  return (
    <Card>
      <CardHeader
        title={controller ? t('art301Title') : t('art302Title')}
        subheader={
          controller
            ? t('weAreController')
            : t('weProcessFor', { name: detail.customer?.name ?? t('theCustomer') })
        }
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        {!controller && (
          <>
            <Line label={t('lineController')}>
              {detail.customer?.name ?? notYet}
              {detail.agreement && (
                <>
                  {t('agreementPrefix')}
                  <Link component={RouterLink} to={`/registers/agreements/${detail.agreement.id}`}>
                    {detail.agreement.reference}
                  </Link>
                </>
              )}
            </Line>
            <Line label={t('lineProcessingCategories')}>{detail.processingCategories ?? notYet}</Line>
          </>
        )}
        <Line label={controller ? t('linePurposesArt') : t('linePurposes')}>{detail.purposes ?? notYet}</Line>
        {controller && (
          <Line label={t('lineLegalBasis')}>
            {detail.legalBases.length > 0
              ? detail.legalBases.map((basis) => legalBasisLabels[basis]).join('; ')
              : notYet}
            {detail.legalBasisNote ? `\n${detail.legalBasisNote}` : ''}
          </Line>
        )}
        <Line label={t('linePeople')}>{list(detail.dataSubjects)}</Line>
        <Line label={t('lineData')}>
          {list(detail.dataCategories)}
          {detail.specialCategories.length > 0 &&
            `\n${t('specialCategoriesLine', { categories: detail.specialCategories.map((key) => specialCategoryLabels[key]).join(', ') })}`}
        </Line>
        {controller && <Line label={t('lineRecipients')}>{list(detail.recipients)}</Line>}
        {controller && <Line label={t('lineErasure')}>{detail.retention ?? notYet}</Line>}
        <Line label={t('lineSecurity')}>{detail.securityMeasures ?? notYet}</Line>
        {detail.notes && <Line label={t('lineNotes')}>{detail.notes}</Line>}
      </CardContent>
    </Card>
  );
}

function Transfers({ detail }: { detail: ActivityDetail }) {
  const t = useT('agreementPanels');
  const say = useSay();
  const transferBasisLabels = useLabels('transferBasis');
  const sccModuleLabels = useLabels('sccModule');
  const derogationLabels = useLabels('derogation');
  const transferDirectionLabels = useLabels('transferDirection');
  return (
    <Card>
      <CardHeader
        title={t('transfersTitle')}
        subheader={t('activityTransfersSubheader')}
        slotProps={titleProps}
      />
      <CardContent sx={{ pt: 0 }}>
        <RecordTable
          label={t('transfersTable')}
          headings={[t('recipient'), t('colCountry'), t('colBasis'), t('colCheck')]}
          rows={detail.transfers}
          empty={
            <Typography variant="body2" color="text.secondary">
              {t('noActivityTransfers')}
            </Typography>
          }
        >
          {(transfer, index) => (
            <TableRow key={index}>
              <TableCell>{transfer.recipient}</TableCell>
              <TableCell>{countryName(transfer.country)}</TableCell>
              <TableCell>
                {transferBasisLabels[transfer.basis]}
                {transfer.basis === 'scc' && transfer.sccModule
                  ? `, ${sccModuleLabels[transfer.sccModule as SccModule].toLowerCase()}`
                  : ''}
                {transfer.basis === 'derogation' && transfer.derogation
                  ? ` ${derogationLabels[transfer.derogation]}`
                  : ''}
                <Typography variant="caption" color="text.secondary" component="div">
                  {transferDirectionLabels[transfer.direction]}
                </Typography>
              </TableCell>
              <TableCell>
                {transfer.errors.length === 0 ? (
                  t('aValidBasis')
                ) : (
                  <Typography variant="body2" color="error">
                    {transfer.errorTexts.map(say).join(' ')}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          )}
        </RecordTable>
      </CardContent>
    </Card>
  );
}

function History({ id }: { id: number }) {
  const t = useT('agreementPanels');
  const { data } = useProcessingHistoryQuery({ id });
  return (
    <HistoryCard
      entries={data}
      empty={
        <Typography variant="body2" color="text.secondary">
          {t('recordedWithDatabase')}
        </Typography>
      }
    />
  );
}

/** One processing activity of the record (Art. 30), with what it still lacks. */
export function ActivityPage() {
  const t = useT('agreementPanels');
  const say = useSay();
  const common = useT('common');
  const { id } = useParams();
  const dispatch = useAppDispatch();
  const {
    data: detail,
    error,
    isLoading,
  } = useProcessingActivityQuery({ id: Number(id) }, { skip: !Number.isInteger(Number(id)) });
  const [restore] = useRestoreActivityMutation();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !detail) return <CircularProgress aria-label={t('loadingActivity')} />;
  const report = (result: { data?: unknown; error?: unknown }, success: string) => {
    if ('error' in result && result.error)
      dispatch(
        notice((result.error as { message?: string }).message ?? common('somethingWentWrong'), 'error'),
      );
    else dispatch(notice(success));
  };
  return (
    <RecordPage
      list={{ to: '/registers/processing', title: t('processingActivities') }}
      crumb={detail.reference}
      title={`${detail.reference} ${detail.name}`}
      chips={
        <>
          <RoleChip role={detail.role} />
          <CompletenessChips row={detail} />
        </>
      }
      actions={
        detail.canEdit && (
          <>
            {!detail.archived && (
              <Button variant="contained" startIcon={<EditOutlinedIcon />} onClick={() => setEditing(true)}>
                {common('edit')}
              </Button>
            )}
            {detail.archived ? (
              <Button
                startIcon={<UnarchiveOutlinedIcon />}
                onClick={() =>
                  void restore({ id: detail.id }).then((result) =>
                    report(result, t('backInRecord', { reference: detail.reference })),
                  )
                }
              >
                {t('restore')}
              </Button>
            ) : (
              <Button startIcon={<ArchiveOutlinedIcon />} onClick={() => setArchiving(true)}>
                {t('archive')}
              </Button>
            )}
          </>
        )
      }
    >
      <Stack spacing={2}>
        {detail.archive && (
          <Alert severity="info">
            {t('archivedBy', {
              at: formatDateTime(detail.archive.at),
              by: detail.archive.by,
              reason: detail.archive.reason,
            })}
          </Alert>
        )}
        {detail.missing.length > 0 && (
          <Alert severity="warning">
            <AlertTitle>{t('stillToRecord')}</AlertTitle>
            {detail.missingTexts.map(say).join('; ')}.
          </Alert>
        )}
        <Content detail={detail} />
        <Transfers detail={detail} />
        <History id={detail.id} />
      </Stack>
      {editing && <ActivityDialog detail={detail} onClose={() => setEditing(false)} />}
      {archiving && <ArchiveDialog detail={detail} onClose={() => setArchiving(false)} />}
    </RecordPage>
  );
}
