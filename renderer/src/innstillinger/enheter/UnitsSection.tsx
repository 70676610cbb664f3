import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

/** The entry to the units from the settings page. */
export function UnitsSection() {
  return (
    <section className="section" aria-labelledby="units-heading">
      <Heading level={2} data-size="md" id="units-heading">
        Enheter
      </Heading>
      <Paragraph>Sektorene og enhetene i kommunen, med antall ansatte og ledere. Brukes i opplæring, informasjonstiltak og statistikk.</Paragraph>
      <Link to="/innstillinger/enheter">Se og endre enhetene</Link>
    </section>
  );
}
