import ListAltOutlinedIcon from '@mui/icons-material/ListAltOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { ActivityPage } from './ActivityPage';
import { ProcessingPage } from './ProcessingPage';

export const processingScreens: Screen[] = [
  {
    path: '/registers/processing',
    title: 'Processing activities',
    description:
      'The record of processing activities (Art. 30), as controller and for each customer as processor.',
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
