import { parseDatabaseUrl } from '../src';

describe('parseDatabaseUrl', () => {
  it('reads the database name and the maintenance database of the same server', () => {
    const target = parseDatabaseUrl('postgres://me:secret@db.example:6543/seraph_prod');
    expect(target).toMatchObject({ database: 'seraph_prod', host: 'db.example', port: 6543 });
    expect(target.maintenanceUrl).toBe('postgres://me:secret@db.example:6543/postgres');
  });

  it.each([
    ['nope', /not a URL/],
    ['mysql://localhost/seraph', /must start with postgres:\/\//],
    ['postgres://localhost', /must name one database/],
    ['postgres://localhost/a/b', /must name one database/],
  ])('explains why %s is refused', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
});
