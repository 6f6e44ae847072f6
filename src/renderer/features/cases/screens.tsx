import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { RestrictionsPage } from './RestrictionsPage';
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
    path: '/registers/restrictions',
    title: 'Restrictions',
    description:
      'Processing restricted at a person’s request (Art. 18), until lifted after telling the person.',
    element: <RestrictionsPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Registers', icon: <BlockOutlinedIcon />, order: 45 },
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
