import { Heading } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { CampaignList } from '../../../core/campaigns/contract';
import { CampaignStatusTag } from './CampaignStatusTag';
import { periodText } from './labels';
import './timeline.css';

const MONTHS = [
  'Januar',
  'Februar',
  'Mars',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** The year as twelve months; a campaign is listed in every month it runs, and says so in words. */
export function CampaignTimeline({ list }: { list: CampaignList }) {
  return (
    <ol className="timeline" aria-label={`Tidslinje for ${list.year}, måned for måned`}>
      {list.timeline.map(({ month, entries }) => (
        <li key={month} className="timeline-month">
          <Heading level={3} data-size="2xs">
            {MONTHS[month - 1]}
          </Heading>
          {entries.length === 0 ? (
            <p className="muted timeline-empty">Ingen tiltak</p>
          ) : (
            <ul>
              {entries.map((entry) => (
                <li key={entry.id}>
                  <Link to={`/informasjonstiltak/${entry.id}`}>{entry.title}</Link>
                  <span className="timeline-meta">
                    <CampaignStatusTag status={entry.status} />
                    <span className="muted">{periodText(entry)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
