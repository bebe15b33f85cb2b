import { STATUS_CODES } from 'node:http';
import type { Goal } from '@seraph/contracts';
import type { Test } from 'supertest';
import { createChain, createGoal, http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

type Method = 'get' | 'post' | 'patch' | 'delete';

interface Case {
  name: string;
  method: Method;
  /** Path after /api/goals; `:id` is an existing goal, `:missing` a uuid no goal has. */
  path: string;
  /** A value is sent as JSON; a string as it is, with `contentType` (default application/json). */
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  /** The field `details` must name; undefined when the error has no details (body parsing). */
  field?: string;
}

const MISSING = '0c6f9d0e-3b4a-4e2f-8a1b-9d8c7e6f5a4b';
const LONG = (n: number) => 'x'.repeat(n);

const post = (name: string, body: unknown, field: string | undefined, status = 400): Case => ({
  name: `POST ${name}`,
  method: 'post',
  path: '',
  body,
  status,
  field,
});
const patch = (name: string, body: unknown, field: string | undefined, status = 400): Case => ({
  name: `PATCH ${name}`,
  method: 'patch',
  path: '/:id',
  body,
  status,
  field,
});
const raw = (
  method: Method,
  path: string,
  text: string,
  contentType = 'application/json',
): Case => ({
  name: `${method.toUpperCase()} raw ${JSON.stringify(text).slice(0, 40)} as ${contentType}`,
  method,
  path,
  raw: text,
  contentType,
  status: 400,
});
const query = (method: Method, path: string, qs: string, field: string): Case => ({
  name: `${method.toUpperCase()} /api/goals${path}?${qs.slice(0, 40)}`,
  method,
  path: `${path}?${qs}`,
  status: 400,
  field,
});

const CASES: Case[] = [
  // POST: the body as a whole
  { name: 'POST without a body', method: 'post', path: '', status: 400, field: 'body' },
  raw('post', '', '{"title": '),
  raw('post', '', '"just a string"'),
  raw('post', '', 'null'),
  raw('post', '', '42'),
  raw('post', '', '{"title":"x"}}'),
  { ...raw('post', '', 'title=x', 'text/plain'), field: 'body' },
  post('an array', [{ title: 'x' }], 'body'),
  post('an empty array', [], 'body'),
  // POST: title
  post('without a title', {}, 'title'),
  post('an empty title', { title: '' }, 'title'),
  post('a blank title', { title: ' \t\n ' }, 'title'),
  post('a 201-character title', { title: LONG(201) }, 'title'),
  post('a numeric title', { title: 5 }, 'title'),
  post('a null title', { title: null }, 'title'),
  post('an object title', { title: { text: 'x' } }, 'title'),
  post('an array title', { title: ['x'] }, 'title'),
  post('a title with a line break', { title: 'two\nlines' }, 'title'),
  post('a title with NUL', { title: 'a\u0000b' }, 'title'),
  post('a title with a lone surrogate', { title: 'a\ud800b' }, 'title'),
  // POST: notes
  post('5001-character notes', { title: 'x', notes: LONG(5001) }, 'notes'),
  post('numeric notes', { title: 'x', notes: 12 }, 'notes'),
  post('notes with NUL', { title: 'x', notes: 'a\u0000b' }, 'notes'),
  // POST: enums
  post('an unknown level', { title: 'x', level: 'yearly' }, 'level'),
  post('a level in the wrong case', { title: 'x', level: 'DAILY' }, 'level'),
  post('a null level', { title: 'x', level: null }, 'level'),
  post('an unknown domain', { title: 'x', domain: 'wealth' }, 'domain'),
  post('an empty domain', { title: 'x', domain: '' }, 'domain'),
  post('an unknown status', { title: 'x', status: 'done' }, 'status'),
  post('a derived status', { title: 'x', status: 'overdue' }, 'status'),
  // POST: parentId
  post('a parentId that is not a uuid', { title: 'x', parentId: 'abc' }, 'parentId'),
  post('a numeric parentId', { title: 'x', parentId: 123 }, 'parentId'),
  post('a uuid with braces', { title: 'x', parentId: `{${MISSING}}` }, 'parentId'),
  post('a parentId that names no goal', { title: 'x', parentId: MISSING }, 'parentId', 404),
  // POST: dueDate
  post('February 30th', { title: 'x', dueDate: '2026-02-30' }, 'dueDate'),
  post('February 29th of a common year', { title: 'x', dueDate: '2025-02-29' }, 'dueDate'),
  post('month 13', { title: 'x', dueDate: '2026-13-01' }, 'dueDate'),
  post('a date with slashes', { title: 'x', dueDate: '2026/03/01' }, 'dueDate'),
  post('a date and time', { title: 'x', dueDate: '2026-03-01T00:00:00Z' }, 'dueDate'),
  post('an unpadded date', { title: 'x', dueDate: '2026-3-1' }, 'dueDate'),
  post('year 0000', { title: 'x', dueDate: '0000-01-01' }, 'dueDate'),
  post('a numeric date', { title: 'x', dueDate: 20260301 }, 'dueDate'),
  post('a word for a date', { title: 'x', dueDate: 'tomorrow' }, 'dueDate'),
  // POST: progress
  post('progress -1', { title: 'x', progress: -1 }, 'progress'),
  post('progress 101', { title: 'x', progress: 101 }, 'progress'),
  post('progress 50.5', { title: 'x', progress: 50.5 }, 'progress'),
  post('progress as a string', { title: 'x', progress: '50' }, 'progress'),
  post('progress null', { title: 'x', progress: null }, 'progress'),
  post('progress true', { title: 'x', progress: true }, 'progress'),
  post('progress 1e20', { title: 'x', progress: 1e20 }, 'progress'),
  { ...raw('post', '', '{"title":"x","progress":1e400}'), field: 'progress' },
  // POST: unknown fields
  post('an unknown field', { title: 'x', colour: 'red' }, 'colour'),
  post('an id', { title: 'x', id: MISSING }, 'id'),
  post('a createdAt', { title: 'x', createdAt: '2026-01-01T00:00:00Z' }, 'createdAt'),
  post('a derived field', { title: 'x', overdue: true }, 'overdue'),
  post('a constructor key', { title: 'x', constructor: {} }, 'constructor'),
  { ...raw('post', '', '{"title":"x","__proto__":{"level":"annual"}}'), field: '__proto__' },
  { ...post('with a query parameter', { title: 'x' }, 'force'), path: '?force=1' },
  // PATCH
  {
    name: 'PATCH a path id that is not a uuid',
    method: 'patch',
    path: '/not-a-uuid',
    body: { title: 'x' },
    status: 400,
    field: 'id',
  },
  {
    name: 'PATCH a numeric path id',
    method: 'patch',
    path: '/123',
    body: { title: 'x' },
    status: 400,
    field: 'id',
  },
  {
    name: 'PATCH an id no goal has',
    method: 'patch',
    path: '/:missing',
    body: { title: 'x' },
    status: 404,
    field: 'id',
  },
  patch('an empty object', {}, 'body'),
  patch('an array', [{ title: 'x' }], 'body'),
  raw('patch', '/:id', '{"title"'),
  patch('an unknown field', { priority: 1 }, 'priority'),
  patch('an empty title', { title: '' }, 'title'),
  patch('a null title', { title: null }, 'title'),
  patch('a null level', { level: null }, 'level'),
  patch('a null domain', { domain: null }, 'domain'),
  patch('a null status', { status: null }, 'status'),
  patch('a null progress', { progress: null }, 'progress'),
  patch('progress 200', { progress: 200 }, 'progress'),
  patch('an impossible date', { dueDate: '2026-04-31' }, 'dueDate'),
  patch('a bad parentId', { parentId: 'x' }, 'parentId'),
  patch('a parentId that names no goal', { parentId: MISSING }, 'parentId', 404),
  patch('a derived status', { status: 'stalled' }, 'status'),
  patch('childCount', { childCount: 3 }, 'childCount'),
  // GET list
  query('get', '', 'sort=priority', 'sort'),
  query('get', '', 'sort=', 'sort'),
  query('get', '', 'order=up', 'order'),
  query('get', '', 'order=ASC', 'order'),
  query('get', '', 'status=late', 'status'),
  query('get', '', 'status=active&status=paused', 'status'),
  query('get', '', 'level=yearly', 'level'),
  query('get', '', 'domain=money', 'domain'),
  query('get', '', 'parentId=abc', 'parentId'),
  query('get', '', 'parentId=', 'parentId'),
  query('get', '', 'foo=bar', 'foo'),
  query('get', '', `q=${LONG(201)}`, 'q'),
  query('get', '', 'q=a&q=b', 'q'),
  query('get', '', 'level[]=daily', 'level[]'),
  query('get', '', 'cascade=true', 'cascade'),
  // GET tree, dashboard, one goal
  query('get', '/tree', 'sort=depth', 'sort'),
  query('get', '/tree', 'order=sideways', 'order'),
  query('get', '/tree', 'q=x', 'q'),
  query('get', '/dashboard', 'domain=health', 'domain'),
  {
    name: 'GET a path id that is not a uuid',
    method: 'get',
    path: '/abc',
    status: 400,
    field: 'id',
  },
  {
    name: 'GET a path id one character short',
    method: 'get',
    path: `/${MISSING.slice(1)}`,
    status: 400,
    field: 'id',
  },
  { name: 'GET a path id that does not decode', method: 'get', path: '/%ZZ', status: 400 },
  { name: 'GET an id no goal has', method: 'get', path: '/:missing', status: 404, field: 'id' },
  query('get', '/:id', 'expand=children', 'expand'),
  // DELETE
  {
    name: 'DELETE a path id that is not a uuid',
    method: 'delete',
    path: '/xyz',
    status: 400,
    field: 'id',
  },
  {
    name: 'DELETE an id no goal has',
    method: 'delete',
    path: '/:missing',
    status: 404,
    field: 'id',
  },
  query('delete', '/:id', 'cascade=yes', 'cascade'),
  query('delete', '/:id', 'cascade=1', 'cascade'),
  query('delete', '/:id', 'cascade=TRUE', 'cascade'),
  query('delete', '/:id', 'cascade=true&cascade=true', 'cascade'),
  query('delete', '/:id', 'force=true', 'force'),
];

describe('goals api: bad input (table)', () => {
  let api: TestApp;
  let goal: Goal;
  let before: Goal[];

  beforeAll(async () => {
    api = await startTestApp();
    [goal] = await createChain(api, ['weekly', 'daily']); // a parent: unguarded deletes would fail
    await createGoal(api, { title: 'bystander', notes: 'unchanged' });
    before = (await http(api).get('/api/goals').expect(200)).body;
  });
  afterAll(async () => {
    await api?.close();
  });

  it(`has at least 60 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const path = `/api/goals${c.path}`.replace(':id', goal.id).replace(':missing', MISSING);
    let call: Test = http(api)[c.method](path);
    if (c.raw !== undefined) call = call.set('Content-Type', c.contentType!).send(c.raw);
    else if (c.body !== undefined) call = call.send(c.body as object);
    const response = await call;

    expect(response.status).toBe(c.status);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body).toEqual({
      statusCode: c.status,
      error: STATUS_CODES[c.status],
      message: expect.any(String),
      ...(c.field === undefined ? {} : { details: expect.any(Array) }),
    });
    expect(response.body.message.length).toBeGreaterThan(0);
    if (c.field !== undefined) {
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(c.field);
      for (const detail of response.body.details) {
        expect(detail).toEqual({ field: expect.any(String), rule: expect.any(String) });
        if (c.status === 400) expect(response.body.message).toContain(detail.rule);
      }
    }
  });

  it('reports every broken field of one body at once', async () => {
    const response = await http(api)
      .post('/api/goals')
      .send({ title: '', level: 'yearly', dueDate: '2026-02-30', extra: 1 })
      .expect(400);
    const fields = response.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'level', 'dueDate', 'extra']));
  });

  it('answers a body over the size limit with 413 in the same shape', async () => {
    const response = await http(api)
      .post('/api/goals')
      .send({ title: 'x', notes: LONG(200_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('changed nothing while refusing all of that', async () => {
    expect((await http(api).get('/api/goals').expect(200)).body).toEqual(before);
  });
});
