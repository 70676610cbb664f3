import { Alert, Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { QuarterSaved, QuarterSheet, StatisticsYears } from '../../../core/statistics/contract';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { QueryState } from '../components/QueryState';
import { Confirmation } from '../forms/Confirmation';
import { FormErrors } from '../forms/FormErrors';
import { focusBeside } from '../forms/focus';
import { PendingButton } from '../forms/PendingButton';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { ChangeList, changedText } from './ChangeList';
import { EntryGrid } from './EntryGrid';
import { IndicatorHelp } from './IndicatorHelp';
import { PrivacyReminder } from './PrivacyReminder';
import { StatisticsFrame } from './StatisticsFrame';
import {
  entryCells,
  initialValues,
  pendingChanges,
  sectorOptions,
  shownSectorName,
  typedValue,
  useOpenedValues,
} from './entryCells';
import { RelationNotes } from './RelationNotes';

const QUARTER_OPTIONS = [1, 2, 3, 4].map((q) => ({ value: String(q), label: `K${q}` }));

const UNSAVED_QUESTION = 'Du har endret tall som ikke er lagret. Vil du forlate dem uten å lagre?';

function EntryForm({
  sheet,
  onSaved,
  onDirty,
}: {
  sheet: QuarterSheet;
  onSaved: (saved: QuarterSaved) => void;
  onDirty: (dirty: boolean) => void;
}) {
  const cells = useMemo(() => entryCells(sheet), [sheet]);
  const initial = useMemo(() => initialValues(cells), [cells]);
  const form = useForm('statistics', initial);
  const saveTo = useSave(form);
  const opened = useOpenedValues(cells, form.error);
  const pending = pendingChanges(cells, form.values);
  const dirty = pending.length > 0;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const counts = cells.map((c) => ({
      unitId: c.unit.id,
      indicatorId: c.indicator.id,
      value: typedValue(form.values[c.key]),
      was: opened(c),
    }));
    const saved = await saveTo('statistics.saveQuarter', { year: sheet.year, quarter: sheet.quarter, counts });
    if (saved) onSaved(saved);
  }

  return (
    <form
      className="entry-form"
      onSubmit={save}
      noValidate
      aria-label={`Tall for ${[shownSectorName(sheet), sheet.label].filter(Boolean).join(', ')}`}
    >
      <FormErrors form={form} />
      <IndicatorHelp indicators={sheet.indicators} />
      <EntryGrid sheet={sheet} cells={cells} form={form} />
      <RelationNotes sheet={sheet} cells={cells} values={form.values} />
      <Paragraph className="pending-summary" aria-live="polite">
        {pending.length === 0
          ? 'Du har ikke endret noen tall.'
          : `Du har endret ${changedText(pending.length)}. Husk å lagre.`}
      </Paragraph>
      {pending.length > 0 ? (
        <Details>
          <Details.Summary>Se hva du har endret</Details.Summary>
          <Details.Content>
            <ChangeList
              lines={pending.map(({ cell, after }) => ({
                key: cell.key,
                unitName: cell.unit.name,
                indicatorName: cell.indicator.name,
                before: cell.stored,
                after,
              }))}
            />
          </Details.Content>
        </Details>
      ) : null}
      <div className="form-actions">
        <PendingButton type="submit" pending={form.pending}>
          Lagre tallene for {sheet.label}
        </PendingButton>
        {pending.length > 0 ? (
          <Button
            variant="secondary"
            type="button"
            onClick={(event) => {
              focusBeside(event.currentTarget, 'previous');
              form.reset(initial);
            }}
          >
            Angre endringene
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function SavedNotice({ saved }: { saved: QuarterSaved }) {
  if (saved.changedCount === 0) {
    return <Confirmation color="info">Ingen tall ble endret for {saved.label}.</Confirmation>;
  }
  return (
    <Confirmation>
      <Paragraph>
        Tallene for {saved.label} er lagret. {changedText(saved.changedCount)} ble endret:
      </Paragraph>
      <ChangeList lines={saved.changes.map((c) => ({ ...c, key: `${c.unitId}:${c.indicatorId}` }))} />
    </Confirmation>
  );
}

/** The sector in the address (`sektor`), or `auto`: the screen opens on the one the core picks. */
function sectorParam(text: string | null): number | 'auto' {
  const value = Number(text);
  return text && Number.isInteger(value) && value > 0 ? value : 'auto';
}

function QuarterEntry({ years }: { years: StatisticsYears }) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('aar') ?? years.current.year);
  const quarter = Number(params.get('kvartal') ?? years.current.quarter);
  const asked = sectorParam(params.get('sektor'));
  const sheet = useRead('statistics.quarter', { year, quarter, sector: asked }, { keepPrevious: true });
  const [saved, setSaved] = useState<QuarterSaved | null>(null);
  const [saves, setSaves] = useState(0);
  const dirty = useRef(false);
  const onDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const shown = sheet.data?.sector ?? null;
  const choose = (next: { aar?: string; kvartal?: string; sektor?: string }, ask = true) => {
    if (ask && dirty.current && !window.confirm(UNSAVED_QUESTION)) return;
    if (ask) {
      dirty.current = false;
      setSaved(null);
    }
    const sektor = shown === null ? {} : { sektor: String(shown) };
    setParams({ aar: String(year), kvartal: String(quarter), ...sektor, ...next }, { replace: true });
  };
  // The sector the core chose stays in the address, so that a re-read (a save, someone else's change) keeps it.
  useEffect(() => {
    if (!sheet.isPlaceholderData && shown !== null && asked !== shown) choose({ sektor: String(shown) }, false);
  });
  return (
    <>
      <div className="year-bar statistics-bar">
        <FilterSelect
          label="År"
          value={String(year)}
          options={yearOptions([...years.years, year])}
          onChange={(aar) => choose({ aar })}
        />
        <FilterSelect
          label="Kvartal"
          value={String(quarter)}
          options={QUARTER_OPTIONS}
          onChange={(kvartal) => choose({ kvartal })}
        />
        {sheet.data && sheet.data.sectors.length > 0 ? (
          <FilterSelect
            label="Sektor"
            value={String(sheet.data.sector)}
            options={sectorOptions(sheet.data)}
            onChange={(sektor) => choose({ sektor })}
          />
        ) : null}
      </div>
      {saved ? <SavedNotice key={saves} saved={saved} /> : null}
      <QueryState query={sheet} label="tallene for kvartalet">
        {(s) => {
          if (!s.open) {
            return (
              <Alert data-color="info">
                {s.label} har ikke begynt ennå. Du kan registrere tall for kvartaler som har begynt.
              </Alert>
            );
          }
          if (s.units.length === 0) {
            return (
              <EmptyState
                title="Ingen enheter ennå"
                action={
                  <Button asChild variant="secondary">
                    <Link to="/enheter/ny">Registrer den første enheten</Link>
                  </Button>
                }
              >
                Tallene registreres per enhet. Legg inn kommunens enheter først.
              </EmptyState>
            );
          }
          const onSaved = (result: QuarterSaved) => {
            setSaved(result);
            setSaves((n) => n + 1);
          };
          return (
            <EntryForm
              key={`${s.year}-${s.quarter}-${s.sector ?? 'alle'}-${saves}`}
              sheet={s}
              onSaved={onSaved}
              onDirty={onDirty}
            />
          );
        }}
      </QueryState>
    </>
  );
}

export function EntryPage() {
  const years = useRead('statistics.years', undefined);
  return (
    <StatisticsFrame lead="Anonymiserte tall per kvartal: hvor mange, aldri hvem. Utvalget ser sine egne tall her; det som publiseres, er skjermet.">
      <PrivacyReminder />
      <QueryState query={years} label="årene">
        {(y) => <QuarterEntry years={y} />}
      </QueryState>
    </StatisticsFrame>
  );
}
