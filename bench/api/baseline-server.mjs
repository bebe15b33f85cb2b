// The benchmark's baseline: a bare node:http server answering the same three goal endpoints with
// the same JSON, straight from PostgreSQL with plain `pg` queries on every request (no framework,
// no ORM, no cache). It reuses the domain rules of @seraph/goals, so only the serving differs.
//   DATABASE_URL=… PORT=… node bench/api/baseline-server.mjs
import { createServer } from 'node:http';
import pg from 'pg';
import goals from '@seraph/goals';

const { calendarDate, goalHealth, lastActivity, rollUpProgress } = goals;
const DOMAINS = ['productivity', 'performance', 'health', 'influence', 'growth'];
const SELECT_GOALS = `
  SELECT id, title, notes, level, domain, status, parent_id AS "parentId",
         to_char(due_date, 'YYYY-MM-DD') AS "dueDate", progress,
         created_at AS "createdAt", updated_at AS "updatedAt", completed_at AS "completedAt"
  FROM goals ORDER BY created_at, id`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function load() {
  const [{ rows }, settings] = await Promise.all([
    pool.query(SELECT_GOALS),
    pool.query('SELECT timezone FROM settings LIMIT 1'),
  ]);
  const now = new Date();
  const today = calendarDate(now, settings.rows[0]?.timezone ?? 'UTC');
  const shown = rollUpProgress(rows);
  const activity = lastActivity(rows);
  const childCount = new Map();
  for (const r of rows)
    if (r.parentId) childCount.set(r.parentId, (childCount.get(r.parentId) ?? 0) + 1);
  const views = rows.map((r) => {
    const progress = shown.get(r.id) ?? r.progress;
    const health = goalHealth(
      {
        status: r.status,
        dueDate: r.dueDate,
        createdAt: r.createdAt,
        progress,
        updatedAt: new Date(activity.get(r.id) ?? r.updatedAt.getTime()),
      },
      now,
      today,
    );
    return {
      id: r.id,
      title: r.title,
      notes: r.notes,
      level: r.level,
      domain: r.domain,
      status: r.status,
      parentId: r.parentId,
      dueDate: r.dueDate,
      progress,
      ownProgress: r.progress,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
      childCount: childCount.get(r.id) ?? 0,
      ...health,
    };
  });
  return { views, today };
}

const byDue = (a, b) => {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return 0; // rows arrive in creation order and sort is stable
};

function tree(views) {
  const children = new Map();
  for (const v of views) children.set(v.parentId, [...(children.get(v.parentId) ?? []), v]);
  const build = (id) => (children.get(id) ?? []).map((v) => ({ ...v, children: build(v.id) }));
  return build(null);
}

function dashboard(views, today) {
  const tally = () => ({ active: 0, completed: 0, total: 0, sum: 0 });
  const summary = ({ active, completed, total, sum }) => ({
    active,
    completed,
    total,
    progress: active + completed === 0 ? 0 : Math.round((sum / (active + completed)) * 10) / 10,
  });
  const domains = Object.fromEntries(DOMAINS.map((d) => [d, tally()]));
  const all = tally();
  let paused = 0;
  let abandoned = 0;
  const health = { overdue: 0, behind: 0, stalled: 0 };
  const [y, m, d] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1, d + 7)).toISOString().slice(0, 10);
  const dueSoon = [];
  for (const v of views) {
    for (const t of [domains[v.domain], all]) {
      t.total += 1;
      if (v.status === 'active' || v.status === 'completed') {
        t[v.status] += 1;
        t.sum += v.progress;
      }
    }
    if (v.status === 'paused') paused += 1;
    if (v.status === 'abandoned') abandoned += 1;
    for (const flag of ['overdue', 'behind', 'stalled']) if (v[flag]) health[flag] += 1;
    const open = v.status === 'active' || v.status === 'paused';
    if (open && v.dueDate !== null && v.dueDate >= today && v.dueDate <= last) dueSoon.push(v);
  }
  return {
    today,
    domains: Object.fromEntries(DOMAINS.map((d) => [d, summary(domains[d])])),
    totals: { ...summary(all), paused, abandoned },
    health,
    dueSoon: dueSoon.sort(byDue),
  };
}

const routes = {
  '/api/goals/tree': ({ views }) => tree(views),
  '/api/goals/dashboard': ({ views, today }) => dashboard(views, today),
  '/api/goals?status=behind&sort=due': ({ views }) => views.filter((v) => v.behind).sort(byDue),
};

const server = createServer(async (req, res) => {
  const route = routes[req.url ?? ''];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = JSON.stringify(route(await load()));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
