import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';

export const agreementsScreens: Screen[] = [
  {
    path: '/registers/agreements',
    title: 'Processing agreements',
    description:
      'Data processing agreements both ways: Art. 28(3) clauses, sub-processors, transfers, reviews.',
    element: (
      <Routes>
        <Route index element={<AgreementsPage />} />
        <Route path=":id" element={<AgreementPage />} />
      </Routes>
    ),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <HandshakeOutlinedIcon />, order: 40 },
  },
];
