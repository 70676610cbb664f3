import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** What to do first when a list is empty, with the button that does it. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card className="empty-state" data-color="neutral">
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{children}</Paragraph>
      {action}
    </Card>
  );
}
