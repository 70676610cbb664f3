import type { Unit } from './contract';
import { descendantIds } from './tree';

type Candidate = Pick<Unit, 'name' | 'parentId' | 'headcount' | 'leaderCount'> & { id?: number };

/** Refuses a parent that is the unit itself or lies below it (that would make a loop). */
function placementError(all: Unit[], candidate: Candidate): string | null {
  if (candidate.id === undefined || candidate.parentId === null) return null;
  if (candidate.parentId === candidate.id)
    return 'En enhet kan ikke ligge under seg selv. Velg en annen overordnet enhet.';
  if (!descendantIds(all, candidate.id).includes(candidate.parentId)) return null;
  const parent = all.find((u) => u.id === candidate.parentId);
  return `«${parent?.name ?? 'Enheten'}» ligger under «${candidate.name}». En enhet kan ikke flyttes inn under sin egen underenhet – velg en annen overordnet enhet.`;
}

function duplicateNameError(all: Unit[], candidate: Candidate): string | null {
  const name = candidate.name.toLocaleLowerCase('nb');
  const twin = all.find(
    (u) =>
      !u.archived &&
      u.id !== candidate.id &&
      u.parentId === candidate.parentId &&
      u.name.toLocaleLowerCase('nb') === name,
  );
  if (!twin) return null;
  const parent = all.find((u) => u.id === candidate.parentId);
  const where = parent ? `under «${parent.name}»` : 'på øverste nivå';
  return `Det finnes allerede en enhet som heter «${twin.name}» ${where}. Velg et annet navn.`;
}

/** Field messages for a new or changed unit, judged against all units (archived included); empty when sound. */
export function unitErrors(all: Unit[], candidate: Candidate): Record<string, string> {
  const errors: Record<string, string> = {};
  const duplicate = duplicateNameError(all, candidate);
  if (duplicate) errors.name = duplicate;
  const placement = placementError(all, candidate);
  if (placement) errors.parentId = placement;
  if (candidate.headcount !== null && candidate.leaderCount !== null && candidate.leaderCount > candidate.headcount) {
    errors.leaderCount = 'Antall ledere kan ikke være større enn antall ansatte. Sjekk tallene.';
  }
  return errors;
}

/** Names a list for a message: «A», «B» og «C». */
export function nameList(names: string[]): string {
  const quoted = names.map((n) => `«${n}»`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}`;
}
