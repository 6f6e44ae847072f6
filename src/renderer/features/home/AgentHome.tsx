import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Grid,
  List,
  ListItem,
  ListItemButton,
  Skeleton,
  Stack,
} from '@mui/material';
import PostAddOutlinedIcon from '@mui/icons-material/PostAddOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ChannelInput } from '../../../shared/contract';
import type { InquirySummary } from '../../../shared/inquiries/contract';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CellText } from '../../components/list/CellText';
import { useLabels, useT } from '../../i18n';
import { formatCount, formatDate, formatDateTime } from '../../lib/format';
import { useInquiriesQuery } from '../inquiries/inquiriesApi';
import { InquiryStatusChip } from '../inquiries/inquiryUi';

const shown = 8;

function InquiryList({
  title,
  input,
  empty,
  allPath,
  showFollowUp,
}: {
  title: string;
  input: ChannelInput<'inquiries.list'>;
  empty: string;
  allPath: string;
  showFollowUp?: boolean;
}) {
  const t = useT('home');
  const channels = useLabels('inquiryChannel');
  const categories = useLabels('inquiryCategory');
  const navigate = useNavigate();
  const { data, error, isLoading } = useInquiriesQuery(input, { refetchOnMountOrArgChange: true });
  const rows: InquirySummary[] = data?.rows ?? [];
  return (
    <Card sx={{ height: '100%' }} component="section" aria-label={title}>
      <CardHeader
        title={title}
        titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }}
        action={
          data && data.total > 0 ? (
            <Button component={RouterLink} to={allPath} size="small">
              {t('showAll', { count: `${formatCount(data.total)}${data.capped ? '+' : ''}` })}
            </Button>
          ) : null
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <ErrorAlert error={error} />
        {isLoading ? (
          <Stack spacing={1}>
            {[0, 1, 2].map((index) => (
              <Skeleton key={index} variant="rounded" height={48} />
            ))}
          </Stack>
        ) : rows.length === 0 ? (
          <EmptyState title={empty} icon={<TaskAltIcon fontSize="inherit" />} />
        ) : (
          <List dense disablePadding>
            {rows.map((row) => (
              <ListItem key={row.id} disablePadding>
                <ListItemButton
                  onClick={() => void navigate(`/inquiries/${row.id}`)}
                  sx={{ borderRadius: 1 }}
                >
                  <Box sx={{ flex: 1, minWidth: 0, mr: 1 }}>
                    <CellText
                      primary={row.summary}
                      secondary={[
                        row.number,
                        channels[row.channel],
                        categories[row.category],
                        formatDateTime(row.receivedAt),
                        ...(row.personName ? [row.personName] : []),
                      ].join(' · ')}
                    />
                  </Box>
                  <Stack spacing={0.5} alignItems="flex-end" sx={{ flexShrink: 0 }}>
                    {showFollowUp && row.followUpOn && (
                      <Chip
                        size="small"
                        color={row.followUpDue ? 'warning' : 'default'}
                        variant="outlined"
                        label={t('followUpOn', { date: formatDate(row.followUpOn) })}
                      />
                    )}
                    <InquiryStatusChip status={row.status} />
                  </Stack>
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

/** An agent's start: their own open inquiries and the follow-ups that are due, one click from each. */
export function AgentHome({ userId }: { userId: number }) {
  const t = useT('home');
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" component={RouterLink} to="/log" startIcon={<PostAddOutlinedIcon />}>
          {t('logInquiry')}
        </Button>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <InquiryList
            title={t('followUpsDue')}
            input={{
              assignedToId: userId,
              followUp: 'due',
              sort: 'followUpOn',
              direction: 'asc',
              pageSize: shown,
            }}
            empty={t('noFollowUpDue')}
            allPath={`/inquiries?agent=${userId}&followUp=due`}
            showFollowUp
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <InquiryList
            title={t('yourOpenInquiries')}
            input={{ assignedToId: userId, status: 'active', pageSize: shown }}
            empty={t('noOpenInquiries')}
            allPath={`/inquiries?agent=${userId}&status=active`}
            showFollowUp
          />
        </Grid>
      </Grid>
    </Stack>
  );
}
