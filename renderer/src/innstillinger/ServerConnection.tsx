import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ConnectionStatus, MovedTo } from '../../../core/connection/contract';
import { useRead } from '../api/hooks';
import { formatDateTime } from '../format';
import { FormErrors } from '../forms/FormErrors';
import { errorFor, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { PendingButton } from '../forms/PendingButton';

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
      {status.movedTo ? (
        <Paragraph>
          Dataene ble flyttet hit fra denne PC-en den {formatDateTime(status.movedTo.at)}. Datafilen på PC-en er beholdt
          som sikkerhetskopi og kan bare leses.
        </Paragraph>
      ) : null}
      <div className="form-actions">
        {status.signedIn ? null : (
          <PendingButton type="button" pending={form.pending} onClick={() => void save('connection.signIn', {})}>
            Logg inn igjen
          </PendingButton>
        )}
        <PendingButton
          type="button"
          variant="secondary"
          pending={form.pending}
          onClick={() => void save('connection.useLocal', {})}
        >
          Bruk lokal datafil
        </PendingButton>
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
        <PendingButton type="submit" pending={form.pending}>
          Koble til og logg inn
        </PendingButton>
      </div>
    </form>
  );
}

/** After «Flytt dataene til serveren»: this PC's own file is the copy from before, kept read-only. */
function MovedNotice({ movedTo }: { movedTo: MovedTo }) {
  return (
    <Alert data-color="info">
      Dataene på denne PC-en ble flyttet til {movedTo.serverUrl} den {formatDateTime(movedTo.at)}. Datafilen her er tatt
      vare på som sikkerhetskopi og kan bare leses. Koble til serveren for å arbeide videre.
    </Alert>
  );
}

/**
 * For an administrator, once: the data on this PC go to the server, and this PC works there from then on. A server
 * that holds data already says what, and replaces them only after a second, explicit yes.
 */
function MoveToServer() {
  const form = useForm('move-to-server', { url: '' });
  const save = useSave(form);
  const mustConfirm = errorFor(form, 'confirmReplace') !== undefined;
  const move = (confirmReplace: boolean) =>
    void save('connection.moveToServer', { url: form.values.url, ...(confirmReplace ? { confirmReplace } : {}) });
  return (
    <form
      className="form-stack section-gap"
      noValidate
      aria-labelledby="move-heading"
      onSubmit={(event) => {
        event.preventDefault();
        move(false);
      }}
    >
      <Heading level={3} data-size="xs" id="move-heading">
        Flytt dataene til serveren
      </Heading>
      <Paragraph>
        Når utvalget skal begynne å bruke kommunens felles server, flytter en administrator dataene fra denne PC-en dit
        én gang. Da skjer dette:
      </Paragraph>
      <ol>
        <li>
          Alle dataene på denne PC-en lagres i én fil og sendes til serveren, som kontrollerer dem før de tas i bruk.
        </li>
        <li>Fra da av arbeider denne PC-en på serveren, sammen med de andre i utvalget.</li>
        <li>
          Datafilen på denne PC-en beholdes som sikkerhetskopi. Den blir skrivebeskyttet, og AKAN Utvalg endrer den ikke
          mer.
        </li>
      </ol>
      <Paragraph>Har serveren allerede data, får du se hva som ligger der, og må bekrefte før noe erstattes.</Paragraph>
      <FormErrors form={form} />
      <TextField form={form} name="url" label="Serverens adresse" description="For eksempel https://akan.kommune.no." />
      <div className="form-actions">
        {mustConfirm ? (
          <PendingButton
            type="button"
            data-color="danger"
            id={form.fieldId('confirmReplace')}
            pending={form.pending}
            onClick={() => move(true)}
          >
            Erstatt dataene på serveren
          </PendingButton>
        ) : (
          <PendingButton type="submit" pending={form.pending}>
            Flytt dataene til serveren
          </PendingButton>
        )}
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
      {status.data.mode === 'server' ? (
        <Connected status={status.data} />
      ) : (
        <>
          {status.data.movedTo ? <MovedNotice movedTo={status.data.movedTo} /> : null}
          <Connect />
          {status.data.movedTo ? null : <MoveToServer />}
        </>
      )}
    </section>
  );
}
