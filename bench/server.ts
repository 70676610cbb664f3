import { performance } from 'node:perf_hooks';
import { callApi, startTestServer } from '../tests/server/support/server';

// Load on the server face over loopback HTTPS: 3 writers and 20 readers (bearer tokens) for a bounded time.
// p95 latency is reported as a ratio to the floor measured in the same run: the bare dispatch of the same calls.
const SECONDS = Number(process.env.AKAN_BENCH_SECONDS ?? 30);
const WRITERS = 3;
const READERS = 20;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const server = await startTestServer({ rateLimitPerMinute: 100_000 });
  const tokens = {
    writer: await server.idp.signToken({ sub: 'ola@kommune.no' }, { expiresIn: '1h' }),
    reader: await server.idp.signToken({ sub: 'kari@kommune.no' }, { expiresIn: '1h' }),
  };
  const floor: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await server.app.dispatch('plan.list', { year: 2026 });
    floor.push(performance.now() - start);
  }
  const reads: number[] = [];
  const writes: number[] = [];
  const written: string[] = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const client = async (kind: 'writer' | 'reader', n: number) => {
    const browser = server.browser();
    for (let i = 0; Date.now() < until; i++) {
      const activity = `Last ${n}-${i}`;
      const [method, input] =
        kind === 'writer'
          ? (['plan.create', { year: 2026, activity, kind: 'other', status: 'notStarted' }] as const)
          : (['plan.list', { year: 2026 }] as const);
      const start = performance.now();
      const response = await callApi(server, browser, method, input, { authorization: `Bearer ${tokens[kind]}` });
      (kind === 'writer' ? writes : reads).push(performance.now() - start);
      if (response.status !== 200 || !JSON.parse(response.body).ok) errors++;
      else if (kind === 'writer') written.push(activity);
    }
  };
  await Promise.all([
    ...Array.from({ length: WRITERS }, (_, n) => client('writer', n)),
    ...Array.from({ length: READERS }, (_, n) => client('reader', n)),
  ]);
  const listed = await server.app.dispatch('plan.list', { year: 2026 });
  const stored = JSON.stringify(listed);
  const lost = written.filter((a) => !stored.includes(`"${a}"`)).length;
  const contest = await contested(server, tokens.writer);
  await server.close();
  const base = p95(floor);
  console.log(`server load, ${SECONDS} s: ${WRITERS} writers, ${READERS} readers over HTTPS`);
  console.log(`  requests: ${reads.length} reads, ${writes.length} writes; errors: ${errors}; lost writes: ${lost}`);
  console.log(`  floor (bare dispatch of plan.list) p95: ${base.toFixed(2)} ms`);
  console.log(`  read p95: ${p95(reads).toFixed(1)} ms (${(p95(reads) / base).toFixed(0)}× floor)`);
  console.log(`  write p95: ${p95(writes).toFixed(1)} ms (${(p95(writes) / base).toFixed(0)}× floor)`);
  console.log(
    `  same records, ${SECONDS} s, ${WRITERS} writers on 3 plan items: ${contest.acknowledged} saved, ${contest.refused} refused as conflicts; ` +
      `refusals that were not real conflicts: ${contest.falseRefusals}; saves made from a stale copy: ${contest.staleSaves}; ` +
      `saved but not in the data: ${contest.missing}`,
  );
  const contestFailed = contest.falseRefusals + contest.staleSaves + contest.missing + contest.errors > 0;
  if (errors > 0 || lost > 0 || contestFailed) process.exitCode = 1;
}

/**
 * 3 writers edit the same 3 records for the same time, each saving from the copy it read. Every refusal must be a
 * real conflict (the record had moved on), every save must follow the one before it (versions 2, 3, … without a
 * gap or a repeat), and the last save of each record is what the data holds.
 */
async function contested(server: Awaited<ReturnType<typeof startTestServer>>, token: string) {
  const ids: number[] = [];
  for (let i = 0; i < 3; i++) {
    const created = await server.app.dispatch(
      'plan.create',
      { year: 2026, activity: `Felles ${i}`, kind: 'other', status: 'notStarted' },
      'bench',
    );
    if (!created.ok) throw new Error(created.error.message);
    ids.push((created.value as { id: number }).id);
  }
  const saved = new Map<number, { version: number; activity: string }[]>(ids.map((id) => [id, []]));
  const result = { acknowledged: 0, refused: 0, falseRefusals: 0, staleSaves: 0, missing: 0, errors: 0 };
  const until = Date.now() + SECONDS * 1000;
  const headers = { authorization: `Bearer ${token}` };
  const writer = async (n: number) => {
    const browser = server.browser();
    for (let i = 0; Date.now() < until; i++) {
      const id = ids[(n + i) % ids.length]!;
      const read = JSON.parse((await callApi(server, browser, 'plan.get', { id }, headers)).body) as {
        ok: boolean;
        value: { version: number; year: number; kind: string; status: string };
      };
      if (!read.ok) {
        result.errors++;
        continue;
      }
      const { version, year, kind } = read.value;
      const activity = `Skriver ${n}, runde ${i}`;
      const answer = JSON.parse(
        (
          await callApi(
            server,
            browser,
            'plan.update',
            { id, version, year, kind, status: 'inProgress', activity },
            headers,
          )
        ).body,
      ) as {
        ok: boolean;
        value?: { version: number };
        error?: { code: string; conflict?: { current?: { version: number } } };
      };
      if (answer.ok && answer.value) {
        result.acknowledged++;
        saved.get(id)!.push({ version: answer.value.version, activity });
      } else if (answer.error?.code === 'conflict') {
        result.refused++;
        if (!((answer.error.conflict?.current?.version ?? 0) > version)) result.falseRefusals++;
      } else result.errors++;
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));
  for (const [id, saves] of saved) {
    const versions = saves.map((s) => s.version).sort((a, b) => a - b);
    result.staleSaves += versions.filter((v, i) => v !== i + 2).length;
    const now = await server.app.dispatch('plan.get', { id });
    const last = saves.reduce((a, b) => (b.version > a.version ? b : a), { version: 1, activity: '' });
    if (!now.ok || (saves.length > 0 && (now.value as { activity: string }).activity !== last.activity))
      result.missing++;
  }
  return result;
}

void main();
