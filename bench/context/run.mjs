// npm run bench:context — the warm per-turn cost of assembling the chat prompt of a long session.
// Builds a 2,000-message session (user/assistant text of varied length, assistant tool calls with
// their results), every message already counted and cached as the api stores them, then plays 50
// turns (each appends one assistant reply and the next user message) and times what the api's
// ChatContextBuilder does per turn, minus the database and the LLM: count the system prompt and the
// tool schemas, count the messages not yet cached, and fit the adaptive context window of a 128k
// model with a stored summary (the summariser returns a fixed summary at once and is only counted).
// The baseline re-tokenises the whole history with tiktoken every turn (same encoding, no cache)
// and then fits the same window; both play the same turns (one after the other) and must send the
// same messages every turn.
//   BENCH_TURNS=20 npm run bench:context   (fewer measured turns)
import { deepStrictEqual } from 'node:assert';
import { get_encoding } from 'tiktoken';
import agent from '@seraph/agent';
import {
  add,
  assistantText,
  between,
  buildSession,
  pick,
  prose,
  rows,
  userText,
} from './session.mjs';

const {
  TokenCounter,
  ToolRegistry,
  browseWebpageTool,
  buildSystemPrompt,
  fitContextWindow,
  historyBudget,
  shellExecuteTool,
} = agent;

const MODEL = 'gpt-4o';
const CONTEXT_TOKENS = 128_000;
const SESSION_MESSAGES = 2_000;
const WARMUP_TURNS = 10;
const TURNS = Number(process.env.BENCH_TURNS ?? 50);
const TARGET_MS = 5;
const TARGET_RATIO = 20;
const MESSAGE_OVERHEAD = 4; // as TokenCounter.message
const STORED_SUMMARY =
  'The user is training for a half marathon in the spring and is writing a small book on the side. ' +
  'Seraph helped split both into weekly quests, moved the long run to Sundays, looked up two ' +
  'training plans, ran a few shell commands in the sandbox to tidy the manuscript folder, and ' +
  'agreed to nudge only in the evening. Open points: the knee, the chapter 4 outline, the budget.';

buildSession(SESSION_MESSAGES);

// ---- what is sent besides the history -----------------------------------------------------------
const TOOLS = new ToolRegistry(
  [shellExecuteTool('http://sandbox.invalid', 10_000), browseWebpageTool({ timeoutMs: 10_000 })],
  10_000,
).schemas();
const GOALS = Array.from({ length: 25 }, (_, i) => ({
  id: `g-${i}`,
  title: prose(between(20, 60)),
  level: pick(['epic', 'quest', 'task']),
  domain: pick(['health', 'craft', 'money', 'people']),
  progress: between(0, 100),
  dueDate: i % 3 ? `2027-03-${10 + (i % 18)}` : null,
  flags: i % 4 ? [] : ['behind'],
}));
const systemPrompt = () =>
  buildSystemPrompt({
    now: new Date('2026-11-25T18:00:00Z'),
    timezone: 'Europe/Berlin',
    interruptionMode: 'evening',
    activeGoals: GOALS,
  });

// ---- the two ways of assembling a turn's prompt --------------------------------------------------
const summariseCalls = { ours: 0, baseline: 0 };
const summariser = (who) => async () => {
  summariseCalls[who] += 1;
  return STORED_SUMMARY;
};

/** ChatContextBuilder.build without the database: cached counts, only new messages are counted. */
const phases = { prompt: 0, history: 0, fit: 0 };
async function ours(latestSummary) {
  let t = performance.now();
  const counter = new TokenCounter(MODEL);
  const system = systemPrompt();
  const budget = historyBudget(CONTEXT_TOKENS, counter.message(system), counter.json(TOOLS));
  phases.prompt = performance.now() - t;
  t = performance.now();
  const history = rows.map((row) => {
    let tokens = row.tokenEncoding === counter.encoding ? row.tokenCount : null;
    if (tokens === null) {
      tokens = counter.message(row.content, row.toolCalls);
      row.tokenCount = tokens; // the api caches it in the database
      row.tokenEncoding = counter.encoding;
    }
    return toHistory(row, tokens);
  });
  phases.history = performance.now() - t;
  t = performance.now();
  const fit = await fitContextWindow({
    strategy: 'adaptive',
    history,
    budget,
    latestSummary,
    countText: (text) => counter.text(text),
    summarise: summariser('ours'),
  });
  phases.fit = performance.now() - t;
  return fit;
}

const encoder = get_encoding(new TokenCounter(MODEL).encoding);
const countText = (text) => (text ? encoder.encode(text, 'all').length : 0);
const countMessage = (content, toolCalls) =>
  MESSAGE_OVERHEAD +
  countText(content) +
  (toolCalls ?? []).reduce((sum, c) => sum + countText(c.name) + countText(c.arguments) + 3, 0);

/** The baseline: every message re-tokenised every turn, then the same window. */
async function baseline(latestSummary) {
  const system = systemPrompt();
  const budget = historyBudget(
    CONTEXT_TOKENS,
    countMessage(system),
    countText(JSON.stringify(TOOLS)),
  );
  const history = rows.map((row) => toHistory(row, countMessage(row.content, row.toolCalls)));
  return fitContextWindow({
    strategy: 'adaptive',
    history,
    budget,
    latestSummary,
    countText,
    summarise: summariser('baseline'),
  });
}

function toHistory(row, tokens) {
  return {
    seq: row.seq,
    role: row.role,
    content: row.content,
    toolCalls: row.toolCalls,
    toolCallId: row.toolCallId,
    toolName: row.toolName,
    tokens,
  };
}

// ---- the run -------------------------------------------------------------------------------------
const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((sum, x) => sum + x, 0) / ms.length;
  return { mean, p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
};
const fmt = (ms) => `${ms.toFixed(2).padStart(8)} ms`;

try {
  // The session as the api holds it: every message already counted and cached, a summary stored.
  const setupCounter = new TokenCounter(MODEL);
  for (const row of rows) {
    row.tokenCount = setupCounter.message(row.content, row.toolCalls);
    row.tokenEncoding = setupCounter.encoding;
  }
  const historyTokens = rows.reduce((sum, row) => sum + row.tokenCount, 0);
  let stored = (await ours(null)).newSummary;
  summariseCalls.ours = 0;

  const times = { ours: [], baseline: [], prompt: [], history: [], fit: [] };
  // The same turns for both, played one after the other (no garbage of one in the other's timing).
  const turns = Array.from({ length: WARMUP_TURNS + TURNS }, () => [assistantText(), userText()]);
  const initialLength = rows.length;
  const initialSummary = stored;
  const windows = [];
  let sent = 0;
  const started = performance.now();
  for (const [who, assemble] of [
    ['ours', ours],
    ['baseline', baseline],
  ]) {
    rows.length = initialLength;
    stored = initialSummary;
    for (const [turn, [reply, next]] of turns.entries()) {
      add({ role: 'assistant', content: reply });
      add({ role: 'user', content: next });
      const t0 = performance.now();
      const fit = await assemble(stored);
      const ms = performance.now() - t0;
      if (who === 'ours') windows.push(fit);
      else {
        const expected = windows[turn];
        deepStrictEqual(fit.messages, expected.messages, 'the baseline must send the same window');
        deepStrictEqual(fit.tokens, expected.tokens);
      }
      if (fit.newSummary) stored = fit.newSummary; // the api stores it
      sent = fit.messages.length;
      if (turn < WARMUP_TURNS) continue;
      times[who].push(ms);
      if (who === 'ours')
        for (const phase of ['prompt', 'history', 'fit']) times[phase].push(phases[phase]);
    }
  }
  const elapsed = (performance.now() - started) / 1000;

  const o = stats(times.ours);
  const b = stats(times.baseline);
  const ratio = b.mean / o.mean;
  const kinds = rows.reduce((acc, row) => ({ ...acc, [row.role]: (acc[row.role] ?? 0) + 1 }), {});
  console.log(
    `session: ${SESSION_MESSAGES} messages at start, ${rows.length} at the end ` +
      `(${kinds.user} user, ${kinds.assistant} assistant, ${kinds.tool} tool results), ` +
      `~${Math.round(historyTokens / 1000)}k tokens at start; model ${MODEL}, ${CONTEXT_TOKENS / 1000}k context, adaptive`,
  );
  console.log(
    `turns: ${WARMUP_TURNS} warm-up + ${TURNS} measured (${elapsed.toFixed(1)} s); window sent: ` +
      `${sent} messages; summariser asked ${summariseCalls.ours} times by ours, ` +
      `${summariseCalls.baseline} by the baseline (fixed summary, no LLM)`,
  );
  console.log('');
  console.log('per turn            mean          p95');
  console.log(`ours (cached)   ${fmt(o.mean)}  ${fmt(o.p95)}`);
  console.log(`baseline        ${fmt(b.mean)}  ${fmt(b.p95)}`);
  console.log(`ratio (mean)    ${ratio.toFixed(1)}x faster`);
  console.log('ours, by part:');
  const part = (label, ms) =>
    console.log(`  ${label.padEnd(14)}${fmt(stats(ms).mean)}  ${fmt(stats(ms).p95)}`);
  part('system+tools', times.prompt); // build the system prompt, count it and the tool schemas
  part('history', times.history); // cached counts; the 2 new messages are counted
  part('fit window', times.fit); // fitContextWindow, incl. counting the summary
  console.log('');
  const fast = o.mean <= TARGET_MS && o.p95 <= TARGET_MS;
  const faster = ratio >= TARGET_RATIO;
  console.log(
    `target: ours <= ${TARGET_MS} ms per turn (mean and p95): ${fast ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `target: >= ${TARGET_RATIO}x faster than the baseline: ${faster ? 'met' : 'NOT MET'}`,
  );
  console.log(`verdict: ${fast && faster ? 'met' : 'NOT MET'}`);
  process.exitCode = fast && faster ? 0 : 1;
} finally {
  encoder.free();
}
