import type { ChangeBatch } from './feed';

/** The `data:` of each `change` event in a chunk of a server-sent event stream; keeps the unfinished rest. */
export function parseEvents(buffer: string): { batches: ChangeBatch[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const batches = blocks.flatMap((block) => {
    const lines = block.split('\n');
    if (!lines.includes('event: change')) return [];
    const data = lines.find((line) => line.startsWith('data: '));
    try {
      return data ? [JSON.parse(data.slice('data: '.length)) as ChangeBatch] : [];
    } catch {
      return [];
    }
  });
  return { batches, rest };
}
