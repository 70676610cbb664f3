import { Button } from '@digdir/designsystemet-react';

/** In the desktop app: «Velg …» opens the system's own file or folder dialog and fills the field with the choice. */
export function PickPathButton({
  kind,
  label,
  onPick,
}: {
  kind: 'importFile' | 'backupFolder';
  label: string;
  onPick: (path: string) => void;
}) {
  const pick = window.akan?.pickPath;
  if (!pick) return null;
  return (
    <Button
      type="button"
      variant="tertiary"
      onClick={async () => {
        const chosen = await pick(kind);
        if (chosen) onPick(chosen);
      }}
    >
      {label}
    </Button>
  );
}
