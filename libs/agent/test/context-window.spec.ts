import { fitContextWindow, type HistoryMessage, type LlmMessage } from '../src';

const msg = (
  seq: number,
  tokens = 10,
  role: HistoryMessage['role'] = seq % 2 ? 'user' : 'assistant',
): HistoryMessage => ({
  seq,
  role,
  content: `m${seq}`,
  tokens,
});
const range = (from: number, to: number, tokens = 10) =>
  Array.from({ length: to - from + 1 }, (_, i) => msg(from + i, tokens));
const contents = (messages: LlmMessage[]) => messages.map((m) => String(m.content ?? ''));
const countText = (text: string) => Math.ceil(text.length / 4);

describe('fitContextWindow', () => {
  it('sends everything when the history fits', async () => {
    const summarise = jest.fn();
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 30),
      budget: 1000,
      countText,
      summarise,
    });
    expect(fit.messages).toHaveLength(30);
    expect(fit.tokens).toBe(300);
    expect(summarise).not.toHaveBeenCalled();
  });

  it('fixed: the last 50 messages, whatever their size', async () => {
    const fit = await fitContextWindow({
      strategy: 'fixed',
      history: range(1, 80),
      budget: 100_000,
      countText,
    });
    expect(contents(fit.messages)).toEqual(range(31, 80).map((m) => m.content));
  });

  it('adaptive over budget: first 2, a summary of the middle, last 20', async () => {
    const summarise = jest.fn(
      async (_prev: string | null, evicted: HistoryMessage[]) => `sum ${evicted.length}`,
    );
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 40),
      budget: 300,
      countText,
      summarise,
    });
    expect(summarise).toHaveBeenCalledWith(null, range(3, 20));
    expect(fit.newSummary).toEqual({ fromSeq: 3, toSeq: 20, text: 'sum 18' });
    const texts = contents(fit.messages);
    expect(texts.slice(0, 2)).toEqual(['m1', 'm2']);
    expect(texts[2]).toContain('Conversation so far');
    expect(texts[2]).toContain('sum 18');
    expect(texts.slice(3)).toEqual(range(21, 40).map((m) => m.content));
    expect(fit.tokens).toBeLessThanOrEqual(300);
  });

  it('keeps a few newly evicted messages verbatim after the stored summary instead of a call', async () => {
    const summarise = jest.fn();
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 44),
      budget: 300,
      countText,
      latestSummary: { fromSeq: 3, toSeq: 20, text: 'old' },
      summarise,
    });
    expect(summarise).not.toHaveBeenCalled();
    expect(fit.newSummary).toBeUndefined();
    expect(contents(fit.messages).slice(0, 4)).toEqual([
      'm1',
      'm2',
      expect.stringContaining('old'),
      'm21',
    ]);
    expect(fit.messages).toHaveLength(2 + 1 + 24);
    expect(fit.tokens).toBeLessThanOrEqual(300);
  });

  it('rolls a stored summary forward with only the newly evicted messages once 20 piled up', async () => {
    const summarise = jest.fn(
      async (prev: string | null, evicted: HistoryMessage[]) => `${prev}+${evicted.length}`,
    );
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 60),
      budget: 300,
      countText,
      latestSummary: { fromSeq: 3, toSeq: 20, text: 'old' },
      summarise,
    });
    expect(summarise).toHaveBeenCalledWith('old', range(21, 40));
    expect(fit.newSummary).toEqual({ fromSeq: 3, toSeq: 40, text: 'old+20' });
  });

  it('rolls forward early when the verbatim messages would not fit the budget', async () => {
    const summarise = jest.fn(async () => 'new');
    await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 44),
      budget: 240,
      countText,
      latestSummary: { fromSeq: 3, toSeq: 20, text: 'old' },
      summarise,
    });
    expect(summarise).toHaveBeenCalledWith('old', range(21, 24));
  });

  it('reuses a stored summary that already covers the middle', async () => {
    const summarise = jest.fn();
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 40),
      budget: 300,
      countText,
      latestSummary: { fromSeq: 3, toSeq: 20, text: 'cached' },
      summarise,
    });
    expect(summarise).not.toHaveBeenCalled();
    expect(fit.newSummary).toBeUndefined();
    expect(contents(fit.messages)[2]).toContain('cached');
  });

  it('never separates a tool call from its results', async () => {
    const history: HistoryMessage[] = [
      ...range(1, 18),
      {
        seq: 19,
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'c1', name: 'list_goals', arguments: '{}' }],
        tokens: 10,
      },
      {
        seq: 20,
        role: 'tool',
        content: 'r1',
        toolCallId: 'c1',
        toolName: 'list_goals',
        tokens: 10,
      },
      ...range(21, 39),
    ];
    const fit = await fitContextWindow({ strategy: 'fixed', history, budget: 1000, countText });
    // 50 would cut nothing here; with a window of the last 20 the group starts at 19 or is out.
    const tight = await fitContextWindow({ strategy: 'adaptive', history, budget: 200, countText });
    for (const result of [fit, tight]) {
      const roles = result.messages.map((m) => m.role);
      const first = result.messages.findIndex((m) => m.role === 'tool');
      if (first >= 0) expect(roles[first - 1]).toBe('assistant');
      expect(roles.filter((r) => r !== 'system')[0]).not.toBe('tool');
    }
  });

  it('fails open when the summariser fails: recent messages that fit, nothing lost from the store', async () => {
    const onSummaryError = jest.fn();
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history: range(1, 40),
      budget: 150,
      countText,
      summarise: async () => {
        throw new Error('summary model down');
      },
      onSummaryError,
    });
    expect(onSummaryError).toHaveBeenCalled();
    expect(fit.newSummary).toBeUndefined();
    expect(fit.tokens).toBeLessThanOrEqual(150);
    expect(contents(fit.messages).at(-1)).toBe('m40');
    expect(contents(fit.messages).some((t) => t.includes('Conversation so far'))).toBe(false);
  });

  it('never exceeds the budget, dropping the oldest kept messages first', async () => {
    const history = range(1, 40, 25);
    const fit = await fitContextWindow({
      strategy: 'adaptive',
      history,
      budget: 200,
      countText,
      summarise: async () => 'a summary',
    });
    expect(fit.tokens).toBeLessThanOrEqual(200);
    expect(contents(fit.messages).at(-1)).toBe('m40');
  });
});
