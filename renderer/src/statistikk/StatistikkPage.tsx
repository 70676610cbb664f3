import { Route, Routes } from 'react-router';
import { EntryPage } from './EntryPage';
import { IndicatorsPage } from './IndicatorsPage';
import { PublicationPage } from './PublicationPage';
import './statistikk.css';

export function StatistikkPage() {
  return (
    <Routes>
      <Route index element={<EntryPage />} />
      <Route path="publisering" element={<PublicationPage />} />
      <Route path="indikatorer/*" element={<IndicatorsPage />} />
    </Routes>
  );
}
