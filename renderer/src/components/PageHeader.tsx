import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect } from 'react';
import { headingDrawn } from '../forms/focus';

/** The page's one h1, its lead text and its main actions; also names the window. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – AKAN Utvalg`;
  }, [title]);
  useEffect(headingDrawn, []);
  return (
    <header className="page-header">
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {lead ? <Paragraph className="lead">{lead}</Paragraph> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
