import { resolveRequestId } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveRequestId', () => {
  it('keeps a sane caller id (a UUID, nginx $request_id)', () => {
    expect(resolveRequestId('2f6c1a0e9b7d4e3f8a1b2c3d4e5f6a7b')).toBe(
      '2f6c1a0e9b7d4e3f8a1b2c3d4e5f6a7b',
    );
    expect(resolveRequestId(['req-1.a:b_c'])).toBe('req-1.a:b_c');
  });

  it('generates a UUID when the id is missing, too long or could forge log lines', () => {
    expect(resolveRequestId(undefined)).toMatch(UUID);
    expect(resolveRequestId('')).toMatch(UUID);
    expect(resolveRequestId('x'.repeat(129))).toMatch(UUID);
    expect(resolveRequestId('abc\n{"level":60}')).toMatch(UUID);
    expect(resolveRequestId('has space')).toMatch(UUID);
    expect(resolveRequestId(undefined)).not.toBe(resolveRequestId(undefined));
  });
});
