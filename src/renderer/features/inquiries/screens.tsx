import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import PostAddOutlinedIcon from '@mui/icons-material/PostAddOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { InquiriesPage } from './InquiriesPage';
import { InquiryPage } from './InquiryPage';
import { QuickLogPage } from './QuickLogPage';

export const inquiriesScreens: Screen[] = [
  {
    path: '/log',
    title: 'Quick log',
    description: 'Log a call, e-mail, letter or chat as it happens, with the keyboard alone.',
    element: <QuickLogPage />,
    roles: ['agent', 'dpo', 'admin'],
    nav: { section: 'Work', icon: <PostAddOutlinedIcon />, order: 5 },
    shortcut: { key: 'n', label: 'Ctrl+N' },
  },
  {
    path: '/inquiries',
    title: 'Inquiries',
    description: 'Every contact logged: search, filter, follow up and export.',
    element: (
      <Routes>
        <Route index element={<InquiriesPage />} />
        <Route path=":id" element={<InquiryPage />} />
      </Routes>
    ),
    roles: ['agent', 'dpo', 'admin'],
    nav: { section: 'Work', icon: <ForumOutlinedIcon />, order: 10 },
  },
];
