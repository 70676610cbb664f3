import {
  Button,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
  Select,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../../../core/audiences';
import type { Training } from '../../../core/trainings/contract';
import type { Unit } from '../../../core/units/contract';
import { useRead } from '../api/hooks';
import { unitOptions } from '../components/unitOptions';
import { withName } from '../forms/FormErrors';
import { FormFrame } from '../forms/FormFrame';
import { focusSoon } from '../forms/focus';
import { TextField } from '../forms/fields';
import { type FormState, type FormValues, useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';
import { wholeNumberInput } from '../forms/values';
import { formatNumber } from '../format';
import type { SavedState } from '../forms/SaveNotice';
import { SaveActions } from '../forms/SaveActions';

/** Each count has its own form value, `participants.<line>.count`, so the contract's messages land on the right cell. */
const cellKey = (row: number, column: number, columns: number) => `participants.${row * columns + column}.count`;

function initialValues(training: Training, rows: number[], columns: Audience[]): FormValues {
  const values: FormValues = {
    evaluationScore: training.evaluationScore === null ? '' : String(training.evaluationScore).replace('.', ','),
    evaluationText: training.evaluationText ?? '',
  };
  rows.forEach((unitId, r) =>
    columns.forEach((audience, c) => {
      const count = training.participants.find((p) => p.unitId === unitId && p.audience === audience)?.count;
      values[cellKey(r, c, columns.length)] = count === undefined ? '' : String(count);
    }),
  );
  return values;
}

const countOf = (text: string | undefined) => wholeNumberInput(text ?? '') ?? 0;

function AddUnit({ units, shown, onAdd }: { units: Unit[]; shown: number[]; onAdd: (id: number) => void }) {
  const [chosen, setChosen] = useState('');
  const options = unitOptions(units.filter((u) => !u.archived && !shown.includes(u.id)));
  if (options.length === 0) return null;
  return (
    <div className="form-row">
      <Field>
        <Label htmlFor="add-unit">Legg til en enhet</Label>
        <Select id="add-unit" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <Select.Option value="">Velg enhet</Select.Option>
          {options.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="form-actions" style={{ alignItems: 'flex-end' }}>
        <Button
          variant="secondary"
          type="button"
          disabled={!chosen}
          onClick={() => {
            onAdd(Number(chosen));
            setChosen('');
          }}
        >
          Legg til enheten
        </Button>
      </div>
    </div>
  );
}

function CountGrid({
  form,
  rows,
  columns,
  names,
  capacity,
  cellName,
}: {
  form: FormState<FormValues>;
  rows: number[];
  columns: Audience[];
  names: Map<number, string>;
  capacity: number | null;
  cellName: (path: string) => string | null;
}) {
  const key = (r: number, c: number) => cellKey(r, c, columns.length);
  const columnSum = (c: number) => rows.reduce((sum, _, r) => sum + countOf(form.values[key(r, c)]), 0);
  const total = columns.reduce((sum, _, c) => sum + columnSum(c), 0);
  const cellErrors = Object.entries(form.errors).filter(([path]) => path.startsWith('participants'));
  return (
    <>
      <div className="table-scroll">
        <Table border className="count-grid">
          <caption>Antall deltakere per enhet og målgruppe</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Enhet</Table.HeaderCell>
              {columns.map((a) => (
                <Table.HeaderCell key={a} className="numeric">
                  {AUDIENCE_LABELS[a]}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell className="numeric">Sum</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((unitId, r) => (
              <Table.Row key={unitId}>
                <Table.HeaderCell scope="row">{names.get(unitId) ?? 'Ukjent enhet'}</Table.HeaderCell>
                {columns.map((audience, c) => (
                  <Table.Cell key={audience} className="numeric">
                    <Input
                      id={form.fieldId(key(r, c))}
                      className="count-input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`${AUDIENCE_LABELS[audience]} fra ${names.get(unitId) ?? 'enheten'}`}
                      aria-invalid={form.errors[key(r, c)] ? true : undefined}
                      value={form.values[key(r, c)] ?? ''}
                      onChange={(e) => form.set(key(r, c), e.target.value)}
                    />
                  </Table.Cell>
                ))}
                <Table.Cell className="numeric">
                  {formatNumber(columns.reduce((sum, _, c) => sum + countOf(form.values[key(r, c)]), 0))}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
              {columns.map((a, c) => (
                <Table.Cell key={a} className="numeric">
                  {formatNumber(columnSum(c))}
                </Table.Cell>
              ))}
              <Table.Cell className="numeric">
                <strong>{formatNumber(total)}</strong>
                {capacity !== null ? ` av ${formatNumber(capacity)} plasser` : ''}
              </Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </div>
      {cellErrors.map(([path, message]) => (
        <ValidationMessage key={path}>{withName(cellName(path), message)}</ValidationMessage>
      ))}
    </>
  );
}

/** After the session: how many took part, per unit and audience (numbers only), and how it was received. */
export function RecordHeldForm({ training }: { training: Training }) {
  const units = useRead('units.list', { includeArchived: true });
  const [rows, setRows] = useState(() => [
    ...new Set([...training.units.map((u) => u.id), ...training.participants.map((p) => p.unitId)]),
  ]);
  const columns = AUDIENCES.filter(
    (a) => training.audiences.includes(a) || training.participants.some((p) => p.audience === a),
  );
  const form = useForm<FormValues>('held', initialValues(training, rows, columns));
  const version = useRecordVersion(training);
  const saveTo = useSave(form, version);
  const navigate = useNavigate();
  const names = new Map([
    ...(units.data ?? []).map((u) => [u.id, u.name] as const),
    ...training.units.map((u) => [u.id, u.name] as const),
  ]);
  const cellName = (path: string) => {
    const line = /^participants\.(\d+)\./.exec(path)?.[1];
    if (line === undefined || columns.length === 0) return null;
    const unitId = rows[Math.floor(Number(line) / columns.length)];
    const audience = columns[Number(line) % columns.length];
    return unitId === undefined || !audience
      ? null
      : `${names.get(unitId) ?? 'Enheten'}, ${AUDIENCE_LABELS[audience].toLowerCase()}`;
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const participants = rows.flatMap((unitId, r) =>
      columns.map((audience, c) => ({ unitId, audience, count: countOf(form.values[cellKey(r, c, columns.length)]) })),
    );
    const saved = await saveTo('trainings.recordHeld', {
      id: training.id,
      version: version.current(),
      participants,
      evaluationScore: wholeNumberInput(form.values.evaluationScore ?? ''),
      evaluationText: form.values.evaluationText,
    });
    if (!saved) return;
    const state: SavedState = {
      saved: `«${saved.title}» er registrert som gjennomført med ${formatNumber(saved.participantTotal)} deltakere.`,
      warnings: saved.warnings,
    };
    navigate(`/opplaering/${training.id}`, { state });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label="Registrer gjennomføring"
      valuesOf={(stored: Training) => initialValues(stored, rows, columns)}
      nameOf={cellName}
      className="form-stack wide-form"
    >
      <section aria-labelledby="counts-heading" className="count-section">
        <Heading level={2} data-size="sm" id="counts-heading">
          Deltakere
        </Heading>
        <Paragraph className="muted">
          Skriv bare antall – aldri navn. La feltet stå tomt når ingen deltok. Du kan rette tallene senere.
        </Paragraph>
        {rows.length > 0 ? (
          <CountGrid
            form={form}
            rows={rows}
            columns={columns}
            names={names}
            capacity={training.capacity}
            cellName={cellName}
          />
        ) : (
          <Paragraph>Opplæringen var åpen for alle enheter. Legg til enhetene som hadde deltakere.</Paragraph>
        )}
        <AddUnit
          units={units.data ?? []}
          shown={rows}
          onAdd={(unitId) => {
            columns.forEach((_, c) => form.set(cellKey(rows.length, c, columns.length), ''));
            setRows([...rows, unitId]);
            const firstCell = form.fieldId(cellKey(rows.length, 0, columns.length));
            focusSoon(() => document.getElementById(firstCell));
          }}
        />
      </section>
      <section aria-labelledby="evaluation-heading" className="count-section narrow">
        <Heading level={2} data-size="sm" id="evaluation-heading">
          Evaluering
        </Heading>
        <TextField
          form={form}
          name="evaluationScore"
          label="Snittkarakter"
          description="Fra 1 til 5, med høyst én desimal, for eksempel 4,3. La stå tom hvis dere ikke evaluerte."
        />
        <TextField
          form={form}
          name="evaluationText"
          label="Kort oppsummering"
          multiline
          counter={1000}
          description="Hva deltakerne likte og hva som kan bli bedre. Skriv aldri noe om enkeltpersoner."
        />
      </section>
      <SaveActions label="Lagre gjennomføring" pending={form.pending} cancelTo={`/opplaering/${training.id}`} />
    </FormFrame>
  );
}
