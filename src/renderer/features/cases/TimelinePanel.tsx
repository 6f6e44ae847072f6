import AssignmentIndOutlinedIcon from '@mui/icons-material/AssignmentIndOutlined';
import CallSplitOutlinedIcon from '@mui/icons-material/CallSplitOutlined';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { ReactElement } from 'react';
import { useT } from '../../i18n';
import { EventTimeline } from '../../components/EventTimeline';
import type { CaseDetail } from '../../../shared/cases/contract';
import { formatDateTime } from '../../lib/format';
import { useAddCaseNoteMutation } from './casesApi';
import { useTimelineNote } from './useRun';

const icons: Record<string, ReactElement> = {
  created: <FolderOpenOutlinedIcon fontSize="small" />,
  updated: <EditOutlinedIcon fontSize="small" />,
  assigned: <AssignmentIndOutlinedIcon fontSize="small" />,
  'received-date': <EventOutlinedIcon fontSize="small" />,
  verification: <ShieldOutlinedIcon fontSize="small" />,
  override: <GppMaybeOutlinedIcon fontSize="small" />,
  task: <TaskAltIcon fontSize="small" />,
  recipient: <PeopleOutlineIcon fontSize="small" />,
  forwarding: <CallSplitOutlinedIcon fontSize="small" />,
  extension: <MoreTimeIcon fontSize="small" />,
  closed: <GavelOutlinedIcon fontSize="small" />,
  note: <EditNoteOutlinedIcon fontSize="small" />,
};

/** Everything that happened on the case, newest first, with who did it. */
export function TimelinePanel({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const note = useTimelineNote(useAddCaseNoteMutation(), detail.id, {
    label: t('addNoteLabel'),
    saved: t('noteAdded'),
  });
  return (
    <EventTimeline
      title={t('timeline')}
      events={detail.timeline}
      icons={icons}
      formatAt={formatDateTime}
      {...note}
    />
  );
}
