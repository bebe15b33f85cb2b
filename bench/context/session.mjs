// A deterministic, realistic chat session for bench:context: user and assistant text of varied
// length, assistant tool calls with their results, stored as the api stores rows.
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const between = (min, max) => min + Math.floor(random() * (max - min + 1));
export const pick = (items) => items[Math.floor(random() * items.length)];
const WORDS = (
  'the a to and of I you it is that for on with my this was be have can run week goal plan ' +
  'quest chapter draft knee training tomorrow evening morning minutes kilometres progress budget ' +
  'maybe really should could would next step small habit sleep coffee review deadline writing ' +
  "meeting focus energy tired great okay sure let's try again because however still done"
).split(' ');
export function prose(chars) {
  let out = '';
  while (out.length < chars) {
    let sentence = '';
    const words = between(5, 18);
    for (let i = 0; i < words; i += 1) sentence += (i ? ' ' : '') + pick(WORDS);
    if (random() < 0.15) sentence += ` ${between(1, 500)}`;
    out +=
      (out ? (random() < 0.1 ? '\n\n' : ' ') : '') + sentence[0].toUpperCase() + sentence.slice(1);
    out += pick(['.', '.', '.', '?', '!']);
  }
  return out;
}
export function userText() {
  const r = random();
  if (r < 0.6) return prose(between(15, 200));
  if (r < 0.95) return prose(between(200, 900));
  return prose(between(1500, 4000)); // a pasted note
}
export function assistantText() {
  const r = random();
  if (r < 0.4) return prose(between(60, 300));
  if (r < 0.9) return prose(between(300, 1500));
  return `${prose(400)}\n\n${Array.from({ length: between(3, 8) }, () => `- ${prose(between(40, 120))}`).join('\n')}`;
}
const TOOL_NAMES = ['list_goals', 'update_goal', 'browse_webpage', 'shell_execute', 'get_settings'];
function toolArguments(name) {
  if (name === 'browse_webpage')
    return JSON.stringify({ url: `https://example.org/${between(1, 9999)}` });
  if (name === 'shell_execute') return JSON.stringify({ command: `ls -la notes/${pick(WORDS)}` });
  if (name === 'update_goal')
    return JSON.stringify({ id: `g-${between(1, 400)}`, progress: between(0, 100) });
  if (name === 'list_goals') return JSON.stringify({ status: 'active', sort: 'due' });
  return '{}';
}
function toolResult(name) {
  if (name === 'browse_webpage')
    return JSON.stringify({ title: prose(40), text: prose(between(1500, 6000)) });
  if (name === 'shell_execute')
    return JSON.stringify({ stdout: prose(between(100, 1200)), stderr: '', exitCode: 0 });
  if (name === 'list_goals')
    return JSON.stringify(
      Array.from({ length: between(3, 15) }, (_, i) => ({
        id: `g-${i}`,
        title: prose(between(15, 50)),
        level: pick(['epic', 'quest', 'task']),
        progress: between(0, 100),
        dueDate: `2027-0${between(1, 9)}-1${between(0, 9)}`,
      })),
    );
  return JSON.stringify({ ok: true, goal: { id: `g-${between(1, 400)}`, title: prose(30) } });
}

/** The session's rows, as the api stores them: tokenCount/tokenEncoding cached once counted. */
export const rows = [];
let callId = 0;
export const add = (row) =>
  rows.push({ seq: rows.length + 1, tokenCount: null, tokenEncoding: null, ...row });
function assistantReply() {
  if (random() < 0.25) {
    const calls = Array.from({ length: random() < 0.8 ? 1 : 2 }, () => {
      const name = pick(TOOL_NAMES);
      callId += 1;
      return { id: `call_${callId}`, name, arguments: toolArguments(name) };
    });
    add({
      role: 'assistant',
      content: random() < 0.5 ? '' : prose(between(20, 120)),
      toolCalls: calls,
    });
    for (const call of calls)
      add({
        role: 'tool',
        content: toolResult(call.name),
        toolCallId: call.id,
        toolName: call.name,
      });
  }
  add({ role: 'assistant', content: assistantText() });
}
/** Fills `rows` with `count` messages, ending with the user's. */
export function buildSession(count) {
  while (rows.length < count) {
    add({ role: 'user', content: userText() });
    assistantReply();
  }
  rows.length = count - 1;
  add({ role: 'user', content: userText() }); // the session ends with the user's message
  return rows;
}
