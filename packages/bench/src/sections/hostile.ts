/**
 * The GraphQL server under the hostile queries of issue 6, sent by one cardholder while another
 * uses the dashboard:
 * a fragment bomb, a 93-byte query that nests relationships (cards → transactions → card → …),
 * a batch of a thousand operations, a 19 MB body and a catastrophic `_regex`, each in a loop of its
 * own (the attacking process at nice 19: its client CPU is not the server's). The dashboard's
 * p95 over 1,000 round trips is measured alone, then during the attack, in three rounds (the
 * median round counts). Targets (issue 6): p95 during the attack within 2× alone, server RSS
 * < 300 MB, no crash.
 * `--rows` sets the data size (default 20,000 authorizations and as many transactions; the
 * issue's full scale is 1,000,000).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startDevPostgres } from '@issuing/dev-postgres';
import { bearer, cardholderToken, dataOf, graphql, loadBulkData, loadDashboardOperations, migratedDatabase, USER_A } from '@issuing/graphql-test-kit';
import pg from 'pg';
import { atMost, below, info, type Log, type SectionResult } from '../result.js';
import { rssOf, startServerProcess, stopServerProcess } from '../server-process.js';
import { now, summarize, type LatencySummary } from '../stats.js';

const SECTION = 'hostile queries';
const DATABASE = 'hostile_bench';
const SAMPLES = 1000;
const ATTACKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'hostile-attacker.ts');



/** The dashboard's queries in turn, `SAMPLES` round trips. */
async function dashboardTraffic(url: string, headers: Record<string, string>): Promise<LatencySummary> {
  const operations = loadDashboardOperations();
  const text = (name: string): string => operations.get(name)?.text ?? '';
  const requests: Array<[string, Record<string, unknown>]> = [
    [text('ActivityFeed'), { limit: 20 }],
    [text('SpendingTotals'), {}],
    [text('SpendByCategory'), { currency: 'usd', limit: 10 }],
    [text('SpendOverTime'), { currency: 'usd', granularity: 'month', from: '2025-01-01' }],
  ];
  const samples: number[] = [];
  for (let index = 0; index < SAMPLES; index += 1) {
    const [query, variables] = requests[index % requests.length] ?? ['{ __typename }', {}];
    const started = now();
    dataOf(await graphql(url, query, { variables, headers }));
    samples.push(now() - started);
  }
  return summarize(samples);
}

const ROUNDS = 3;

interface Round {
  readonly alone: LatencySummary;
  readonly underAttack: LatencySummary;
  readonly ratio: number;
  readonly memory: { rssMb: number; peakMb: number };
  readonly answers: unknown;
}

/**
 * One round: the dashboard's traffic alone, then with a fresh attacker process running every
 * attack. Alone and under attack are measured back to back, so that the machine's own drift
 * between rounds (a shared 2-core VM) does not enter the ratio; the section reports the median.
 */
async function attackRound(url: string, headers: Record<string, string>, attackerAuthorization: string, serverPid: number): Promise<Round> {
  const alone = await dashboardTraffic(url, headers);
  const attacker = fork(ATTACKER, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, HOSTILE_URL: url, HOSTILE_AUTHORIZATION: attackerAuthorization }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const answered = new Promise<unknown>((resolve, reject) => {
    attacker.once('message', resolve);
    attacker.once('exit', (code) => reject(new Error(`the attacker process exited with code ${code} before reporting`)));
  });
  // The attacking client's own CPU (building and sending 19 MB bodies in tight loops) would be
  // another machine's in a real attack; on this one it runs at the lowest priority so that what
  // the dashboard's p95 measures is the server's share, not two clients fighting over two cores.
  if (attacker.pid !== undefined) os.setPriority(attacker.pid, 19);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let every attack get going
  const underAttack = await dashboardTraffic(url, headers);
  const memory = rssOf(serverPid);
  attacker.send('stop');
  const answers = await answered; // each loop's request in flight is answered first (the regex: its time limit)
  return { alone, underAttack, ratio: Math.round((underAttack.p95 / alone.p95) * 100) / 100, memory, answers };
}

export async function benchHostile(options: { log: Log; rows: number }): Promise<SectionResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-bench-hostile-'));
  const postgres = await startDevPostgres({ dataDir, port: await freePort(), persistent: false, settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  let child: ChildProcess | undefined;
  let pool: pg.Pool | undefined;
  try {
    const databaseUrl = await migratedDatabase(postgres.url, DATABASE);
    pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    pool.on('error', () => undefined); // an idle client cut off at shutdown must not hide the real outcome
    options.log(`  hostile: loading ${options.rows.toLocaleString('en')} authorizations and as many transactions …`);
    await loadBulkData(pool, { cardholders: 100, bigUserId: USER_A, bigCount: Math.max(1, Math.floor(options.rows / 10)), total: options.rows });
    // The attacker is another cardholder (issue 6: one cardholder must not stop the service for everyone).
    const attackerId = (await pool.query<{ id: string }>('SELECT id FROM users WHERE id <> $1 AND cardholder_id IS NOT NULL ORDER BY id LIMIT 1', [USER_A])).rows[0]?.id;
    if (!attackerId) throw new Error('the bulk data has no second cardholder');
    await pool.query(`UPDATE transactions SET merchant_name = repeat('a', 300) || 'b' WHERE id IN (SELECT t.id FROM transactions t JOIN users u ON u.cardholder_id = t.cardholder_id WHERE u.id = $1 LIMIT 3)`, [attackerId]);
    await pool.query('VACUUM ANALYZE');
    await pool.end();
    pool = undefined;

    const server = await startServerProcess(databaseUrl);
    child = server.child;
    const { url, pid } = server;
    const headers = bearer(await cardholderToken({ userId: USER_A, expiresIn: 3600 }));
    const attackerHeaders = bearer(await cardholderToken({ userId: attackerId, expiresIn: 3600 }));

    await dashboardTraffic(url, headers); // warm-up
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const result = await attackRound(url, headers, attackerHeaders.authorization ?? '', pid);
      rounds.push(result);
      options.log(`  hostile: round ${round}: dashboard p95 alone ${result.alone.p95} ms, under attack ${result.underAttack.p95} ms (${result.ratio}x); server RSS peak ${result.memory.peakMb} MB`);
    }
    const alive = child.exitCode === null && (await fetch(`${url}/healthz`)).ok;
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)] ?? rounds[0];
    if (!median) throw new Error('no round ran');
    const peakMb = Math.max(...rounds.map((round) => round.memory.peakMb));
    options.log(`  hostile: answers of the last round ${JSON.stringify(rounds[rounds.length - 1]?.answers)}`);
    return {
      section: SECTION,
      measurements: [
        info(SECTION, 'dashboard p95 alone (median round)', median.alone.p95, 'ms'),
        info(SECTION, 'dashboard p95 under attack (median round)', median.underAttack.p95, 'ms'),
        atMost(SECTION, `dashboard p95 under attack/alone (median of ${ROUNDS} rounds)`, median.ratio, 'x', 2),
        info(SECTION, 'worst round under attack/alone', Math.max(...rounds.map((round) => round.ratio)), 'x'),
        below(SECTION, 'server peak RSS', peakMb, 'MB', 300),
        atMost(SECTION, 'server crashed', alive ? 0 : 1, '', 0),
      ],
      details: { rows: options.rows, samples: SAMPLES, rounds },
    };
  } finally {
    await stopServerProcess(child);
    await pool?.end();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
