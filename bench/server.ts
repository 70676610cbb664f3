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
  await server.close();
  const base = p95(floor);
  console.log(`server load, ${SECONDS} s: ${WRITERS} writers, ${READERS} readers over HTTPS`);
  console.log(`  requests: ${reads.length} reads, ${writes.length} writes; errors: ${errors}; lost writes: ${lost}`);
  console.log(`  floor (bare dispatch of plan.list) p95: ${base.toFixed(2)} ms`);
  console.log(`  read p95: ${p95(reads).toFixed(1)} ms (${(p95(reads) / base).toFixed(0)}× floor)`);
  console.log(`  write p95: ${p95(writes).toFixed(1)} ms (${(p95(writes) / base).toFixed(0)}× floor)`);
  if (errors > 0 || lost > 0) process.exitCode = 1;
}

void main();
