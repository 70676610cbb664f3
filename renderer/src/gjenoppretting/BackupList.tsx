import type { ReactNode } from 'react';
import type { BackupEntry } from '../../../core/backups/contract';
import { type Column, DataTable } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';
import { formatDateTime, formatNumber } from '../format';
import { KIND_LABEL } from './labels';

/** A backup this version can restore. */
export function isUsable(entry: BackupEntry): boolean {
  return entry.contents !== null && !entry.contents.tooNew;
}

export function timeCellId(entry: BackupEntry): string {
  return `backup-time-${entry.name.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

function Contents({ entry }: { entry: BackupEntry }) {
  if (!entry.contents) return <>{entry.problem}</>;
  const counts = entry.contents.counts.filter((c) => c.rows > 0);
  return (
    <>
      {entry.contents.tooNew ? (
        <p>Laget av en nyere versjon av AKAN Utvalg. Oppdater programmet for å bruke den.</p>
      ) : null}
      {counts.length === 0 ? (
        'Ingen registreringer'
      ) : (
        <ul className="backup-counts">
          {counts.map((c) => (
            <li key={c.table}>
              {c.label}: {formatNumber(c.rows)}
            </li>
          ))}
        </ul>
      )}
      {entry.contents.lastChangeAt ? (
        <p className="muted">Siste endring: {formatDateTime(entry.contents.lastChangeAt)}</p>
      ) : null}
    </>
  );
}

function State({ entry, newestUsable }: { entry: BackupEntry; newestUsable: boolean }) {
  if (!entry.contents) return <StatusTag color="danger">Kan ikke brukes</StatusTag>;
  if (entry.contents.tooNew) return <StatusTag color="warning">Nyere versjon</StatusTag>;
  return newestUsable ? (
    <StatusTag color="success">Nyeste brukbare</StatusTag>
  ) : (
    <StatusTag color="neutral">Kan brukes</StatusTag>
  );
}

/** Backups newest first: when, what kind, what they hold, and the action for each. */
export function BackupList({
  caption,
  entries,
  action,
}: {
  caption: string;
  entries: BackupEntry[];
  action: (entry: BackupEntry) => ReactNode;
}) {
  const newest = entries.find(isUsable);
  const columns: Column<BackupEntry>[] = [
    {
      key: 'createdAt',
      label: 'Tidspunkt',
      render: (e) => (
        <span id={timeCellId(e)} className="backup-time">
          {formatDateTime(e.createdAt)}
        </span>
      ),
    },
    { key: 'kind', label: 'Type', render: (e) => KIND_LABEL[e.kind] },
    { key: 'state', label: 'Status', render: (e) => <State entry={e} newestUsable={e === newest} /> },
    { key: 'contents', label: 'Innhold', render: (e) => <Contents entry={e} /> },
    { key: 'action', label: 'Handling', render: action },
  ];
  return (
    <div className="backup-list">
      <DataTable caption={caption} rows={entries} columns={columns} rowKey={(e) => e.file} />
    </div>
  );
}
