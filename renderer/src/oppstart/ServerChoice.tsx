import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useRead } from '../api/hooks';
import { Connect } from '../innstillinger/ServerConnection';

/**
 * In the desktop app's first-start guide: a committee that shares the municipality's AKAN Utvalg server connects to
 * it here instead of setting up a file of its own on this PC.
 */
export function ServerChoice() {
  const status = useRead('connection.status', {});
  if (!status.data?.canSwitch || status.data.mode !== 'local') return null;
  return (
    <Details className="section">
      <Details.Summary>Bruk kommunens felles AKAN-server</Details.Summary>
      <Details.Content>
        <Paragraph>
          Deler utvalget en AKAN Utvalg-server i kommunen, kobler du deg til den her. Da arbeider dere tre på de samme
          dataene, og du trenger ikke sette opp noe på denne PC-en.
        </Paragraph>
        <Connect />
      </Details.Content>
    </Details>
  );
}
