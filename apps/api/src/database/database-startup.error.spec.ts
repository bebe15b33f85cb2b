import { describeDatabaseFailure } from './database-startup.error';

const URL = 'postgres://seraph:secret@db.internal:6543/seraph';

describe('describeDatabaseFailure', () => {
  it('names PostgreSQL, host and port when the server cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6543'), {
      code: 'ECONNREFUSED',
    });
    expect(describeDatabaseFailure(URL, refused)).toBe(
      'PostgreSQL at db.internal:6543 refused the connection; start PostgreSQL or point DATABASE_URL at a running server',
    );
  });

  it('looks inside the AggregateError Node raises for localhost (IPv6 and IPv4 both refused)', () => {
    const refused = Object.assign(new Error(''), { code: 'ECONNREFUSED' });
    expect(describeDatabaseFailure(URL, new AggregateError([refused, refused]))).toMatch(
      /^PostgreSQL at db.internal:6543 refused the connection/,
    );
  });

  it('explains timeouts and refused logins without repeating the password', () => {
    expect(
      describeDatabaseFailure(URL, new Error('Connection terminated due to connection timeout')),
    ).toMatch(/did not answer in time/);
    const login = Object.assign(new Error('password authentication failed for user "seraph"'), {
      code: '28P01',
    });
    const sentence = describeDatabaseFailure(URL, login);
    expect(sentence).toMatch(/refused the login .*check the user and password in DATABASE_URL$/);
    expect(sentence).not.toContain('secret');
  });

  it('reports other failures with the database name', () => {
    expect(describeDatabaseFailure(URL, new Error('relation "x" already exists'))).toBe(
      'PostgreSQL at db.internal:6543 failed while preparing database "seraph": relation "x" already exists',
    );
  });
});
