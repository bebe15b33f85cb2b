import { get_encoding, type Tiktoken, type TiktokenEncoding } from 'tiktoken';
import { encodingFor } from './model-table';

const encoders = new Map<string, Tiktoken>();

/** Per-message framing tokens in OpenAI's chat format (role, separators). */
const MESSAGE_OVERHEAD = 4;

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
    return text ? this.encoder.encode(text, 'all').length : 0;
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
