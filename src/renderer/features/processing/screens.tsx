import ListAltOutlinedIcon from '@mui/icons-material/ListAltOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { ActivityPage } from './ActivityPage';
import { ProcessingPage } from './ProcessingPage';

export const processingScreens: Screen[] = [
  {
    path: '/registers/processing',
    title: () => text('processing', 'screenTitle'),
    description: () => text('processing', 'screenDescription'),
    element: (
      <Routes>
        <Route index element={<ProcessingPage />} />
        <Route path=":id" element={<ActivityPage />} />
      </Routes>
    ),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <ListAltOutlinedIcon />, order: 30 },
  },
];
