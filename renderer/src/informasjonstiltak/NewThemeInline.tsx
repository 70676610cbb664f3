import { Details, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError } from '../api/client';
import { PendingButton } from '../forms/PendingButton';
import { useCall } from '../forms/useCall';

/**
 * A theme that is missing is added right here, and chosen, without leaving the campaign form (and what is typed in
 * it). The whole catalogue is kept under Informasjonstiltak › Temaer.
 */
export function NewThemeInline({ onAdded }: { onAdded: (themeId: number, name: string) => void }) {
  const run = useCall();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function add() {
    setPending(true);
    setError(null);
    try {
      const theme = await run('campaignThemes.create', { name });
      setName('');
      onAdded(theme.id, theme.name);
    } catch (caught) {
      setError(
        caught instanceof ContractError
          ? (caught.body.fields.name ?? caught.message)
          : 'Temaet ble ikke lagt til. Prøv igjen.',
      );
    } finally {
      setPending(false);
    }
  }
  return (
    <Details>
      <Details.Summary>Mangler et tema? Legg det til her</Details.Summary>
      <Details.Content>
        <div className="inline-add">
          <Textfield
            label="Nytt tema"
            value={name}
            error={error ?? undefined}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
          />
          <PendingButton type="button" variant="secondary" pending={pending} onClick={() => void add()}>
            Legg til tema
          </PendingButton>
        </div>
      </Details.Content>
    </Details>
  );
}
