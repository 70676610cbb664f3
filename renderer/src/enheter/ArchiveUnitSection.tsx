import { Alert, Checkbox, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { UnitTreeRow } from '../../../core/units/contract';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { PendingButton } from '../forms/PendingButton';

/** Archive (never delete): the unit leaves the lists but keeps its history; restore brings back what went together. */
export function ArchiveUnitSection({ unit }: { unit: UnitTreeRow }) {
  const form = useForm('archive-unit', {});
  const saveTo = useSave(form);
  const [withChildren, setWithChildren] = useState(false);
  const navigate = useNavigate();

  async function run(action: 'units.archive' | 'units.restore', includeDescendants: boolean) {
    const done = await saveTo(action, { id: unit.id, version: unit.version, includeDescendants });
    if (!done) return;
    const many = done.affectedIds.length > 1 ? ` sammen med ${done.affectedIds.length - 1} underenheter` : '';
    const what = action === 'units.archive' ? 'arkivert' : 'gjenopprettet';
    navigate('/enheter', { state: { saved: `«${unit.name}» er ${what}${many}.` } });
  }

  const problem = form.errors.includeDescendants ?? form.errors.parentId ?? form.message;
  return (
    <section className="section" aria-labelledby="archive-unit-heading">
      <Heading level={2} data-size="sm" id="archive-unit-heading">
        {unit.archived ? 'Gjenopprett' : 'Arkiver'}
      </Heading>
      <Paragraph className="muted">
        {unit.archived
          ? 'Enheten er arkivert. Gjenopprett den for å bruke den igjen; underenheter som ble arkivert sammen med den, kommer også tilbake.'
          : 'En arkivert enhet vises ikke i valglistene, men opplæring, oppnevninger og statistikk den er brukt i, beholder den. Du kan gjenopprette den senere.'}
      </Paragraph>
      {!unit.archived && unit.childCount > 0 ? (
        <Checkbox
          id={form.fieldId('includeDescendants')}
          label={`Arkiver også underenhetene (${unit.childCount} direkte under)`}
          checked={withChildren}
          aria-invalid={form.errors.includeDescendants ? true : undefined}
          onChange={(e) => setWithChildren(e.target.checked)}
        />
      ) : null}
      {problem ? (
        form.errors.includeDescendants ? (
          <ValidationMessage>{problem}</ValidationMessage>
        ) : (
          <Alert data-color="danger">{problem}</Alert>
        )
      ) : null}
      <div className="form-actions section-gap">
        {unit.archived ? (
          <PendingButton variant="secondary" onClick={() => run('units.restore', true)} pending={form.pending}>
            Gjenopprett enheten
          </PendingButton>
        ) : (
          <PendingButton variant="secondary" onClick={() => run('units.archive', withChildren)} pending={form.pending}>
            Arkiver enheten
          </PendingButton>
        )}
      </div>
    </section>
  );
}
