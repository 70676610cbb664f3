import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ConnectionStatus } from '../../../core/connection/contract';
import { useRead } from '../api/hooks';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';

function Connected({ status }: { status: ConnectionStatus }) {
  const form = useForm('server-connection', {});
  const save = useSave(form);
  return (
    <form className="form-stack" onSubmit={(event) => event.preventDefault()} aria-label="Felles server">
      <FormErrors form={form} />
      <Paragraph>
        Dataene ligger på {status.serverUrl}
        {status.organisationName ? ` (${status.organisationName})` : ''}.{' '}
        {status.signedIn ? `Du er logget inn som ${status.signedInAs ?? 'deg'}.` : 'Du er logget ut.'}
      </Paragraph>
      <div className="form-actions">
        {status.signedIn ? null : (
          <Button type="button" disabled={form.pending} onClick={() => void save('connection.signIn', {})}>
            Logg inn igjen
          </Button>
        )}
        <Button
          type="button"
          variant="secondary"
          disabled={form.pending}
          onClick={() => void save('connection.useLocal', {})}
        >
          Bruk lokal datafil
        </Button>
      </div>
    </form>
  );
}

export function Connect() {
  const form = useForm('server-connection', { url: '' });
  const save = useSave(form);
  return (
    <form
      className="form-stack"
      noValidate
      aria-label="Bruk kommunens felles AKAN-server"
      onSubmit={(event) => {
        event.preventDefault();
        void save('connection.useServer', { url: form.values.url });
      }}
    >
      <FormErrors form={form} />
      <TextField
        form={form}
        name="url"
        label="Serverens adresse"
        description="Adressen IT har gitt utvalget, for eksempel https://akan.kommune.no. Du logger inn i nettleseren med kommunens konto."
      />
      <div className="form-actions">
        <Button type="submit" disabled={form.pending}>
          Koble til og logg inn
        </Button>
      </div>
    </form>
  );
}

/** In the desktop app: work on this PC's own file or on the committee's shared server. Other faces cannot switch. */
export function ServerConnection() {
  const status = useRead('connection.status', {});
  if (!status.data?.canSwitch) return null;
  return (
    <section className="section" aria-labelledby="server-heading">
      <Heading level={2} data-size="md" id="server-heading">
        Felles server
      </Heading>
      {status.data.mode === 'server' ? <Connected status={status.data} /> : <Connect />}
    </section>
  );
}
