import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Collapse,
  Link,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import BalanceOutlinedIcon from '@mui/icons-material/BalanceOutlined';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import LinkIcon from '@mui/icons-material/Link';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import ReportOutlinedIcon from '@mui/icons-material/ReportOutlined';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { type ReactElement, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { formatOslo } from '../../../shared/breaches/time';
import { AuditEntries } from '../../components/AuditEntries';
import { EmptyState } from '../../components/EmptyState';
import { EventTimeline } from '../../components/EventTimeline';
import { useTimelineNote } from '../cases/useRun';
import { useT } from '../../i18n';
import { titleProps } from './breachUi';
import { LinkInquiryDialog } from './LinkInquiryDialog';
import { useAddBreachNoteMutation, useBreachHistoryQuery } from './breachesApi';

const icons: Record<string, ReactElement> = {
  created: <ReportOutlinedIcon fontSize="small" />,
  updated: <EditOutlinedIcon fontSize="small" />,
  awareness: <EventOutlinedIcon fontSize="small" />,
  assessed: <BalanceOutlinedIcon fontSize="small" />,
  notified: <SendOutlinedIcon fontSize="small" />,
  customer: <BusinessOutlinedIcon fontSize="small" />,
  subjects: <PeopleOutlineIcon fontSize="small" />,
  linked: <LinkIcon fontSize="small" />,
  closed: <LockOutlinedIcon fontSize="small" />,
  note: <EditNoteOutlinedIcon fontSize="small" />,
};

/** What happened on the breach, newest first, with who did it; the audit log's field changes below. */
export function HistoryPanel({ detail }: { detail: BreachDetail }) {
  const t = useT('breaches');
  const note = useTimelineNote(useAddBreachNoteMutation(), detail.id, {
    label: t('addNoteLabel'),
    saved: t('noteAdded'),
  });
  const [showChanges, setShowChanges] = useState(false);
  const { data: audit } = useBreachHistoryQuery({ id: detail.id }, { skip: !showChanges });
  return (
    <EventTimeline
      title={t('tabHistory')}
      subheader={t('historyHelp')}
      events={detail.timeline}
      icons={icons}
      formatAt={formatOslo}
      {...note}
    >
      <Button size="small" onClick={() => setShowChanges((shown) => !shown)} aria-expanded={showChanges}>
        {showChanges ? t('hideChanges') : t('showChanges')}
      </Button>
      <Collapse in={showChanges} unmountOnExit>
        <Box sx={{ mt: 2 }}>
          <AuditEntries entries={audit ?? []} formatAt={formatOslo} />
        </Box>
      </Collapse>
    </EventTimeline>
  );
}

/** The inquiries that reported the breach or were linked to it later. */
export function InquiriesPanel({ detail }: { detail: BreachDetail }) {
  const [linking, setLinking] = useState(false);
  const t = useT('breaches');
  return (
    <Card>
      <CardHeader title={t('inquiriesTitle')} subheader={t('inquiriesHelp')} slotProps={titleProps} />
      <CardContent sx={{ pt: 0 }}>
        {detail.inquiries.length === 0 ? (
          <EmptyState title={t('noInquiryLinked')}>{t('noInquiryLinkedText')}</EmptyState>
        ) : (
          <List dense aria-label={t('linkedInquiries')}>
            {detail.inquiries.map((inquiry) => (
              <ListItem key={inquiry.id} disableGutters>
                <ListItemText
                  primary={
                    <>
                      <Link component={RouterLink} to={`/inquiries/${inquiry.id}`}>
                        {inquiry.number}
                      </Link>{' '}
                      {inquiry.summary}
                    </>
                  }
                  secondary={t('receivedLine', {
                    how: inquiry.reportedFrom ? t('reportedFromIt') : t('linked'),
                    time: formatOslo(inquiry.receivedAt),
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
        <Button startIcon={<LinkIcon />} onClick={() => setLinking(true)} sx={{ mt: 1 }}>
          {t('linkInquiry')}
        </Button>
      </CardContent>
      {linking && <LinkInquiryDialog detail={detail} onClose={() => setLinking(false)} />}
    </Card>
  );
}
