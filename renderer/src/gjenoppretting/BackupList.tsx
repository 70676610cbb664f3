import { Heading, Paragraph } from '@digdir/designsystemet-react';
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

/** This data file's backups, and the others (another data file's, or of unknown origin), each newest first. */
export function byOrigin(entries: BackupEntry[]): { own: BackupEntry[]; others: BackupEntry[] } {
  return { own: entries.filter((e) => e.origin === 'this'), others: entries.filter((e) => e.origin !== 'this') };
}

/** The backup to offer first: the newest usable one of this data file, never another's. */
export function newestUsable(entries: BackupEntry[]): BackupEntry | undefined {
  return entries.find((e) => e.origin === 'this' && isUsable(e));
}

export function organisationLabel(name: string | null): string {
  return name ? `«${name}»` : 'en virksomhet uten navn';
}

/** What the confirmation of restoring another data file's backup says, naming both organisations. */
export function otherDataFileWarning(entry: BackupEntry, ours: string | null): string {
  const whose =
    entry.origin === 'other'
      ? `Denne sikkerhetskopien er av en annen datafil, som tilhører ${organisationLabel(entry.organisationName)}.`
      : `Det kan ikke sees om denne sikkerhetskopien er av denne datafilen; den tilhører ${organisationLabel(entry.organisationName)}.`;
  return `${whose} Gjenoppretter du den, blir dataene til ${ours ? `«${ours}»` : 'denne datafilen'} erstattet av dataene i den.`;
}

const ORIGIN_LABEL = { other: 'Annen datafil', unknown: 'Ukjent opphav' } as const;

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

function State({ entry, newest }: { entry: BackupEntry; newest: boolean }) {
  if (!entry.contents) return <StatusTag color="danger">Kan ikke brukes</StatusTag>;
  if (entry.contents.tooNew) return <StatusTag color="warning">Nyere versjon</StatusTag>;
  if (entry.origin !== 'this') return <StatusTag color="warning">{ORIGIN_LABEL[entry.origin]}</StatusTag>;
  return newest ? (
    <StatusTag color="success">Nyeste brukbare</StatusTag>
  ) : (
    <StatusTag color="neutral">Kan brukes</StatusTag>
  );
}

/**
 * Backups newest first: when, what kind, what they hold, and the action for each. A list of other data files'
 * backups (`others`) names each one's organisation and never marks one «Nyeste brukbare».
 */
export function BackupList({
  caption,
  entries,
  action,
  others = false,
}: {
  caption: string;
  entries: BackupEntry[];
  action: (entry: BackupEntry) => ReactNode;
  others?: boolean;
}) {
  const newest = newestUsable(entries);
  const organisation: Column<BackupEntry>[] = others
    ? [{ key: 'organisation', label: 'Virksomhet', render: (e) => e.organisationName ?? 'Uten navn' }]
    : [];
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
    ...organisation,
    { key: 'kind', label: 'Type', render: (e) => KIND_LABEL[e.kind] },
    { key: 'state', label: 'Status', render: (e) => <State entry={e} newest={e === newest} /> },
    { key: 'contents', label: 'Innhold', render: (e) => <Contents entry={e} /> },
    { key: 'action', label: 'Handling', render: action },
  ];
  return (
    <div className="backup-list">
      <DataTable caption={caption} rows={entries} columns={columns} rowKey={(e) => e.file} />
    </div>
  );
}

/** Other data files' backups, apart from this file's, with why to think twice before choosing one. */
export function OtherBackups({
  entries,
  lead,
  action,
}: {
  entries: BackupEntry[];
  lead: string;
  action: (entry: BackupEntry) => ReactNode;
}) {
  if (entries.length === 0) return null;
  return (
    <div className="section-gap">
      <Heading level={3} data-size="sm">
        Sikkerhetskopier av andre datafiler
      </Heading>
      <Paragraph>{lead}</Paragraph>
      <BackupList
        caption="Sikkerhetskopier av andre datafiler, nyeste først"
        entries={entries}
        others
        action={action}
      />
    </div>
  );
}
