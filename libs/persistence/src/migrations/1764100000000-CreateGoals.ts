import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Goals ("quests", PRODUCT §1). The vocabularies are frozen here as CHECK lists (a later change of
 * @seraph/contracts needs its own migration). Children point at their parent with ON DELETE
 * RESTRICT: deleting a subtree is the api's explicit cascade, done in one transaction.
 *
 * Indexes: parent_id serves the foreign key (deleting a goal checks for children) and child
 * look-ups; status, level, domain and due_date serve SQL readers that filter without loading the
 * tree (the worker's strategist, agent tools). Text search (`q`) has no index: the api searches its
 * in-memory copy of the goals, and a single person's few thousand goals need none.
 *
 * Every statement that changes goals notifies channel `goals_changed` (delivered at commit), so a
 * process holding goals in memory learns of any writer's change: another process, a script, psql.
 */
export class CreateGoals1764100000000 implements MigrationInterface {
  name = 'CreateGoals1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "goals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "notes" text,
        "level" text NOT NULL DEFAULT 'daily',
        "domain" text NOT NULL DEFAULT 'productivity',
        "status" text NOT NULL DEFAULT 'active',
        "parent_id" uuid,
        "due_date" date,
        "progress" smallint NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        CONSTRAINT "PK_goals" PRIMARY KEY ("id"),
        CONSTRAINT "FK_goals_parent" FOREIGN KEY ("parent_id")
          REFERENCES "goals" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "CHK_goals_title_length"
          CHECK (char_length(btrim("title")) BETWEEN 1 AND 200),
        CONSTRAINT "CHK_goals_notes_length" CHECK (char_length("notes") <= 5000),
        CONSTRAINT "CHK_goals_level" CHECK ("level" IN
          ('life_vision', 'annual', 'quarterly', 'monthly', 'weekly', 'daily')),
        CONSTRAINT "CHK_goals_domain" CHECK ("domain" IN
          ('productivity', 'performance', 'health', 'influence', 'growth')),
        CONSTRAINT "CHK_goals_status" CHECK ("status" IN
          ('active', 'completed', 'paused', 'abandoned')),
        CONSTRAINT "CHK_goals_progress" CHECK ("progress" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_goals_not_own_parent" CHECK ("parent_id" <> "id"),
        CONSTRAINT "CHK_goals_completed_at"
          CHECK (("status" = 'completed') = ("completed_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_goals_parent_id" ON "goals" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_goals_status" ON "goals" ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_goals_level" ON "goals" ("level")`);
    await queryRunner.query(`CREATE INDEX "IDX_goals_domain" ON "goals" ("domain")`);
    await queryRunner.query(`CREATE INDEX "IDX_goals_due_date" ON "goals" ("due_date")`);
    await queryRunner.query(`
      CREATE FUNCTION "goals_notify_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('goals_changed', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_goals_notify_changed"
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "goals"
        FOR EACH STATEMENT EXECUTE FUNCTION "goals_notify_changed"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "goals"`);
    await queryRunner.query(`DROP FUNCTION "goals_notify_changed"()`);
  }
}
