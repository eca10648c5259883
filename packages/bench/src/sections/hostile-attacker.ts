/**
 * The hostile clients of the bench's hostile section, in a process of their own so that building
 * and sending their requests does not slow the measuring process's clock. Each attack loops until
 * the parent sends "stop"; then the answers (error code or HTTP status, counted) go back over IPC.
 * Environment: HOSTILE_URL, HOSTILE_AUTHORIZATION.
 */
import { errorMessage } from '@issuing/kernel';

// Backreferences make PostgreSQL's regex engine try every split of a 300-character name.
const CATASTROPHIC_REGEX = '^(.*)(.*)(.*)\\3\\2\\1$';

function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on transactions { ...F${i + 1} ...F${i + 1} }`);
  return `query { transactions(limit: 1) { ...F0 } }\n${fragments.join('\n')}\nfragment F${levels} on transactions { id }`;
}

/** One hostile request: the code it was answered with (or the HTTP status). */
type Attack = { name: string; send: (url: string, headers: Record<string, string>) => Promise<string> };

async function post(url: string, headers: Record<string, string>, body: string | Uint8Array): Promise<string> {
  const response = await fetch(`${url}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}`;
  const code = /"code":"([^"]+)"/.exec(text.slice(0, 2000))?.[1];
  return code ?? 'answered';
}

// Built once, as bytes: the attacker's CPU should go to sending, not to building and encoding 19 MB.
const HUGE_BODY = Buffer.from(JSON.stringify({ query: `{ cards { id } }${' '.repeat(19 * 1024 * 1024)}` }));
const HUGE_BATCH = JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ cards { id } }' })));

const ATTACKS: Attack[] = [
  { name: 'fragment bomb (40 levels)', send: (url, headers) => post(url, headers, JSON.stringify({ query: fragmentBomb(40) })) },
  { name: 'nested relationships (93 bytes)', send: (url, headers) => post(url, headers, JSON.stringify({ query: '{cards{transactions{card{transactions{card{transactions{card{transactions{id merchant_name}}}}}}}}}' })) },
  { name: 'batch of 1,000', send: (url, headers) => post(url, headers, HUGE_BATCH) },
  { name: '19 MB body', send: (url, headers) => post(url, headers, HUGE_BODY) },
  {
    name: 'catastrophic _regex',
    send: (url, headers) => post(url, headers, JSON.stringify({ query: 'query($re: String!) { transactions(where: {merchant_name: {_regex: $re}}) { id } }', variables: { re: CATASTROPHIC_REGEX } })),
  },
];

async function main(): Promise<void> {
  const url = process.env.HOSTILE_URL ?? '';
  const headers = { authorization: process.env.HOSTILE_AUTHORIZATION ?? '' };
  let attacking = true;
  process.once('message', () => {
    attacking = false;
  });
  const answers: Record<string, Record<string, number>> = {};
  await Promise.all(
    ATTACKS.map(async (attack) => {
      const counts: Record<string, number> = {};
      answers[attack.name] = counts;
      while (attacking) {
        const code = await attack.send(url, headers).catch((error: unknown) => `failed: ${errorMessage(error)}`);
        counts[code] = (counts[code] ?? 0) + 1;
      }
    }),
  );
  process.send?.(answers);
  process.disconnect?.();
}

void main();
