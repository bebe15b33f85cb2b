import { get_encoding } from 'tiktoken';
import { TokenCounter } from '../src';

describe('TokenCounter', () => {
  const counter = new TokenCounter('gpt-4o');
  const reference = get_encoding(counter.encoding);
  afterAll(() => reference.free());
  const exact = (text: string) => reference.encode(text, 'all').length;

  it('counts short and long texts exactly as tiktoken does, also when remembered', () => {
    const long = 'Seraph keeps watch over your quests. '.repeat(40);
    const other = `${long}One more sentence.`;
    expect(counter.text('Hello there')).toBe(exact('Hello there'));
    expect(counter.text(long)).toBe(exact(long));
    expect(counter.text(long)).toBe(exact(long));
    expect(counter.text(other)).toBe(exact(other));
    expect(counter.text('')).toBe(0);
  });

  it('adds framing and tool calls to a message', () => {
    const calls = [{ name: 'list_goals', arguments: '{"status":"behind"}' }];
    expect(counter.message('Hi', calls)).toBe(
      4 + exact('Hi') + exact('list_goals') + exact('{"status":"behind"}') + 3,
    );
  });
});
