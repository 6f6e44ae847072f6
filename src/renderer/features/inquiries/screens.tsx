import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import PostAddOutlinedIcon from '@mui/icons-material/PostAddOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen, listAndRecord } from '../../lib/featureScreen';
import { text } from '../../i18n';
import { InquiriesPage } from './InquiriesPage';
import { InquiryPage } from './InquiryPage';
import { QuickLogPage } from './QuickLogPage';

export const inquiriesScreens: Screen[] = [
  {
    path: '/log',
    title: () => text('inquiries', 'quickLogTitle'),
    description: () => text('inquiries', 'quickLogDescription'),
    element: <QuickLogPage />,
    roles: ['agent', 'dpo', 'admin'],
    nav: { section: 'Work', icon: <PostAddOutlinedIcon />, order: 5 },
    shortcut: { key: 'n', label: () => text('inquiries', 'quickLogShortcut') },
  },
  featureScreen('inquiries', {
    path: '/inquiries',
    element: listAndRecord(InquiriesPage, InquiryPage),
    roles: ['agent', 'dpo', 'admin'],
    nav: { section: 'Work', icon: <ForumOutlinedIcon />, order: 10 },
  }),
];
