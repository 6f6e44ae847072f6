import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { TemplatesPage } from './TemplatesPage';

export const casesScreens: Screen[] = [
  {
    path: '/cases',
    title: 'Cases',
    description: 'Rights requests from intake to a lawful reply on time, with identity verification.',
    element: (
      <Routes>
        <Route index element={<CasesPage />} />
        <Route path=":id" element={<CasePage />} />
      </Routes>
    ),
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <GavelOutlinedIcon />, order: 20 },
  },
  {
    path: '/admin/verification-checklists',
    title: 'Verification checklists',
    description: 'How identity is checked for each channel and request type.',
    element: <TemplatesPage />,
    roles: ['admin', 'dpo'],
    nav: { section: 'Administration', icon: <FactCheckOutlinedIcon />, order: 35 },
  },
];
