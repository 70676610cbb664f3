import { Tag } from '@digdir/designsystemet-react';

export type StatusColor = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/** Status as text and colour together, never colour alone. */
export function StatusTag({ color, children }: { color: StatusColor; children: string }) {
  return (
    <Tag data-color={color} data-size="sm">
      {children}
    </Tag>
  );
}
