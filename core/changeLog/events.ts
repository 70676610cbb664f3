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

/** Reads a server-sent event stream to its end, handing on each batch as it arrives. */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  onBatch: (batch: ChangeBatch) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const parsed = parseEvents(buffer + decoder.decode(value, { stream: true }));
    buffer = parsed.rest;
    parsed.batches.forEach(onBatch);
  }
}
