import { get_encoding, type Tiktoken, type TiktokenEncoding } from 'tiktoken';
import { encodingFor } from './model-table';

const encoders = new Map<string, Tiktoken>();

/** Per-message framing tokens in OpenAI's chat format (role, separators). */
const MESSAGE_OVERHEAD = 4;

// The same long texts come back every turn (system prompt, tool schemas, the stored summary);
// remembering their counts keeps prompt assembly in milliseconds. Short texts are cheap to encode.
const MEMO_MIN_CHARS = 256;
const MEMO_MAX_CHARS = 200_000;
const MEMO_ENTRIES = 64;
const memo = new Map<string, number>();

/** Counts tokens with the tiktoken encoding of one model; encoders are shared and never freed. */
export class TokenCounter {
  readonly encoding: TiktokenEncoding;
  private readonly encoder: Tiktoken;

  constructor(model: string) {
    this.encoding = encodingFor(model);
    let encoder = encoders.get(this.encoding);
    if (!encoder) {
      encoder = get_encoding(this.encoding);
      encoders.set(this.encoding, encoder);
    }
    this.encoder = encoder;
  }

  text(text: string): number {
    if (!text) return 0;
    if (text.length < MEMO_MIN_CHARS || text.length > MEMO_MAX_CHARS) return this.encode(text);
    const key = `${this.encoding}\u0000${text}`;
    let count = memo.get(key);
    if (count === undefined) {
      count = this.encode(text);
      if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    } else {
      memo.delete(key); // re-inserted below: most recently used last
    }
    memo.set(key, count);
    return count;
  }

  private encode(text: string): number {
    return this.encoder.encode(text, 'all').length;
  }

  /** A chat message: its text, tool calls (name + arguments) and framing. */
  message(content: string, toolCalls?: { name: string; arguments: string }[]): number {
    const calls = (toolCalls ?? []).reduce(
      (sum, call) => sum + this.text(call.name) + this.text(call.arguments) + 3,
      0,
    );
    return MESSAGE_OVERHEAD + this.text(content) + calls;
  }

  /** The tool schemas as the provider serialises them (an estimate from their JSON). */
  json(value: unknown): number {
    return this.text(JSON.stringify(value));
  }
}
