import { SubNav } from '../components/SubNav';

const VIEWS = [
  { to: '/opplaering', label: 'Liste', end: true },
  { to: '/opplaering/kalender', label: 'Kalender' },
  { to: '/opplaering/dekning', label: 'Dekning' },
  { to: '/opplaering/emner', label: 'Emner' },
];

export function AreaNav() {
  return <SubNav label="Visninger for opplæring" views={VIEWS} />;
}
