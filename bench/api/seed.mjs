// Seeds a benchmark database with 1,000 goals: for each of the 5 domains a tree 6 levels deep
// (life_vision → annual → quarterly → monthly → weekly → daily), 200 goals per domain, with a
// deterministic mix of statuses, progress, due dates and ages so every derived flag occurs.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const DOMAINS = ['productivity', 'performance', 'health', 'influence', 'growth'];
const FANOUT = { life_vision: 2, annual: 2, quarterly: 2, monthly: 2 }; // 1+2+4+8+16 = 31 above daily
const NEXT = {
  life_vision: 'annual',
  annual: 'quarterly',
  quarterly: 'monthly',
  monthly: 'weekly',
  weekly: 'daily',
};
const PER_DOMAIN = 200;
const DAY = 86_400_000;

/** A small deterministic generator, so every run benchmarks the same data. */
function generator(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function buildGoals(now = Date.now()) {
  const random = generator(42);
  const goals = [];
  const add = (domain, level, parentId) => {
    const createdAt = new Date(now - Math.floor(random() * 120) * DAY);
    const updatedAt = new Date(
      Math.max(createdAt.getTime(), now - Math.floor(random() * 30) * DAY),
    );
    const r = random();
    const status = r < 0.7 ? 'active' : r < 0.85 ? 'completed' : r < 0.95 ? 'paused' : 'abandoned';
    const dueOffset = Math.floor(random() * 90) - 20; // some overdue, most ahead
    const dueDate =
      random() < 0.8 ? new Date(now + dueOffset * DAY).toISOString().slice(0, 10) : null;
    const goal = {
      id: randomUUID(),
      title: `${domain} ${level} goal ${goals.length + 1}`,
      notes: random() < 0.3 ? `Notes for goal ${goals.length + 1}` : null,
      level,
      domain,
      status,
      parentId,
      dueDate,
      progress: status === 'completed' ? 100 : Math.floor(random() * 100),
      createdAt,
      updatedAt,
      completedAt: status === 'completed' ? updatedAt : null,
    };
    goals.push(goal);
    return goal;
  };
  for (const domain of DOMAINS) {
    const start = goals.length;
    const weeklies = [];
    const grow = (parent) => {
      const level = NEXT[parent.level];
      if (level === 'daily') return;
      const count = level === 'weekly' ? 2 : FANOUT[level];
      for (let i = 0; i < count; i++) {
        const child = add(domain, level, parent.id);
        if (level === 'weekly') weeklies.push(child);
        else grow(child);
      }
    };
    grow(add(domain, 'life_vision', null));
    for (let i = 0; goals.length - start < PER_DOMAIN; i++) {
      add(domain, 'daily', weeklies[i % weeklies.length].id);
    }
  }
  return goals;
}

export async function seed(databaseUrl, goals) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const columns = [
      'id',
      'title',
      'notes',
      'level',
      'domain',
      'status',
      'parent_id',
      'due_date',
      'progress',
      'created_at',
      'updated_at',
      'completed_at',
    ];
    // Parents before children, so the foreign key holds row by row.
    for (let i = 0; i < goals.length; i += 200) {
      const batch = goals.slice(i, i + 200);
      const values = [];
      const rows = batch.map((g, r) => {
        values.push(
          g.id,
          g.title,
          g.notes,
          g.level,
          g.domain,
          g.status,
          g.parentId,
          g.dueDate,
          g.progress,
          g.createdAt,
          g.updatedAt,
          g.completedAt,
        );
        return `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`;
      });
      await client.query(
        `INSERT INTO goals (${columns.join(', ')}) VALUES ${rows.join(', ')}`,
        values,
      );
    }
  } finally {
    await client.end();
  }
}
