import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { choicesOf } from './ChoicesField';
import type { FieldDescription, FormState, FormValues } from './useForm';

/** A value as its field shows it: option labels for choices and selects, «(tomt)» for nothing. */
function shown(field: FieldDescription, value: string): string {
  if (value === '') return '(tomt)';
  if (!field.options) return value;
  const label = (code: string) => field.options?.find((o) => o.value === code)?.label ?? code;
  return choicesOf(value).map(label).join(', ');
}

/**
 * Someone else saved the record after this form was opened: their message, what they stored beside what the user
 * has typed (field by field), and the two ways on. Everything typed stays in the form.
 */
export function ConflictNotice<V extends FormValues>({
  form,
  message,
  theirs,
}: {
  form: FormState<V>;
  message: string;
  theirs: V | null;
}) {
  const changed = theirs
    ? Object.entries(form.fields).filter(([name]) => (theirs[name] ?? '') !== (form.values[name] ?? ''))
    : [];
  return (
    <Alert data-color="warning" className="conflict-notice">
      <Paragraph>{message}</Paragraph>
      {theirs && changed.length > 0 ? (
        <>
          <Table className="conflict-table" data-size="sm">
            <caption>Det som er lagret nå, og det du har skrevet</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Felt</Table.HeaderCell>
                <Table.HeaderCell scope="col">Lagret nå</Table.HeaderCell>
                <Table.HeaderCell scope="col">Det du har skrevet</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {changed.map(([name, field]) => (
                <Table.Row key={name}>
                  <Table.HeaderCell scope="row">{field.label}</Table.HeaderCell>
                  <Table.Cell>{shown(field, theirs[name] ?? '')}</Table.Cell>
                  <Table.Cell>{shown(field, form.values[name] ?? '')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Paragraph>
            Trykk «Lagre» for å lagre det du har skrevet i stedet, eller hent inn det som er lagret og gjør endringene
            dine på nytt.
          </Paragraph>
          <Button type="button" variant="secondary" onClick={() => form.reset(theirs)}>
            Bruk det som er lagret nå
          </Button>
        </>
      ) : (
        <Paragraph>Trykk «Lagre» for å lagre det du har skrevet i stedet.</Paragraph>
      )}
    </Alert>
  );
}
