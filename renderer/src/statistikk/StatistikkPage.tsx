import { EntryPage } from './EntryPage';
import { IndicatorsPage } from './IndicatorsPage';
import { PublicationPage } from './PublicationPage';
import './statistikk.css';
import { screenRoutes } from '../layout/screenRoutes';

export const StatistikkPage = screenRoutes({
  '': EntryPage,
  publisering: PublicationPage,
  'indikatorer/*': IndicatorsPage,
});
