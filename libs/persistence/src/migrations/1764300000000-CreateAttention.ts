import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's state (PRODUCT §2–3): insights (queued or delivered, with a fingerprint for the 24 h
 * repeat rule and an origin key so a retried job never inserts twice), strategist runs (what each
 * tick did and whether it called the model), briefings (one per kind and local day), the cached
 * calendar and the calendar connection (one row), and the "Seraph" chat session proactive messages
 * land in.
 */
export class CreateAttention1764300000000 implements MigrationInterface {
  name = 'CreateAttention1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "insights" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "text" text NOT NULL,
        "urgency" smallint NOT NULL,
        "type" varchar(16) NOT NULL,
        "goal_ids" uuid array NOT NULL DEFAULT '{}',
        "fingerprint" text NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'queued',
        "origin_key" text,
        "message_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "delivered_at" timestamptz,
        CONSTRAINT "PK_insights" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_insights_origin_key" UNIQUE ("origin_key"),
        CONSTRAINT "FK_insights_message" FOREIGN KEY ("message_id")
          REFERENCES "chat_messages" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "CHK_insights_text_length" CHECK (char_length(btrim("text")) BETWEEN 1 AND 2000),
        CONSTRAINT "CHK_insights_urgency" CHECK ("urgency" BETWEEN 1 AND 5),
        CONSTRAINT "CHK_insights_type" CHECK ("type" IN ('advisory', 'nudge', 'alert')),
        CONSTRAINT "CHK_insights_status" CHECK ("status" IN ('queued', 'delivered')),
        CONSTRAINT "CHK_insights_delivered_at"
          CHECK (("status" = 'delivered') = ("delivered_at" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_insights_status_created" ON "insights" ("status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_insights_fingerprint_created" ON "insights" ("fingerprint", "created_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "strategist_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "job_id" text NOT NULL,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        "outcome" varchar(32),
        "reason" text NOT NULL DEFAULT '',
        "fingerprint" text,
        "model_called" boolean NOT NULL DEFAULT false,
        "input_tokens" integer NOT NULL DEFAULT 0,
        "output_tokens" integer NOT NULL DEFAULT 0,
        "insight_id" uuid,
        CONSTRAINT "PK_strategist_runs" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_strategist_runs_job_id" UNIQUE ("job_id"),
        CONSTRAINT "FK_strategist_runs_insight" FOREIGN KEY ("insight_id")
          REFERENCES "insights" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_strategist_runs_model_started" ON "strategist_runs" ("model_called", "started_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "briefings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(16) NOT NULL,
        "local_date" date NOT NULL,
        "message_id" uuid,
        "insight_count" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_briefings" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_briefings_kind_date" UNIQUE ("kind", "local_date"),
        CONSTRAINT "FK_briefings_message" FOREIGN KEY ("message_id")
          REFERENCES "chat_messages" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "CHK_briefings_kind" CHECK ("kind" IN ('daily', 'evening'))
      )`);

    await queryRunner.query(`
      CREATE TABLE "calendar_events" (
        "id" text NOT NULL,
        "title" text NOT NULL DEFAULT '',
        "start_at" timestamptz NOT NULL,
        "end_at" timestamptz NOT NULL,
        "location" text,
        "attendee_count" integer NOT NULL DEFAULT 0,
        "is_focus" boolean NOT NULL DEFAULT false,
        "all_day" boolean NOT NULL DEFAULT false,
        "scanned_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_calendar_events" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_calendar_events_range" CHECK ("end_at" >= "start_at"),
        CONSTRAINT "CHK_calendar_events_attendees" CHECK ("attendee_count" >= 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_calendar_events_start" ON "calendar_events" ("start_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "calendar_connection" (
        "id" smallint NOT NULL DEFAULT 1,
        "refresh_token_cipher" text,
        "status" varchar(16) NOT NULL DEFAULT 'not_configured',
        "message" text,
        "last_scan_at" timestamptz,
        "connected_at" timestamptz,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_calendar_connection" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_calendar_connection_single_row" CHECK ("id" = 1),
        CONSTRAINT "CHK_calendar_connection_status"
          CHECK ("status" IN ('not_configured', 'ok', 'error'))
      )`);
    await queryRunner.query(`INSERT INTO "calendar_connection" ("id") VALUES (1)`);

    await queryRunner.query(`ALTER TABLE "settings" ADD "seraph_session_id" uuid`);
    await queryRunner.query(`
      ALTER TABLE "settings" ADD CONSTRAINT "FK_settings_seraph_session"
        FOREIGN KEY ("seraph_session_id") REFERENCES "chat_sessions" ("id")
        ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "settings" DROP CONSTRAINT "FK_settings_seraph_session"`);
    await queryRunner.query(`ALTER TABLE "settings" DROP COLUMN "seraph_session_id"`);
    await queryRunner.query(`DROP TABLE "calendar_connection"`);
    await queryRunner.query(`DROP TABLE "calendar_events"`);
    await queryRunner.query(`DROP TABLE "briefings"`);
    await queryRunner.query(`DROP TABLE "strategist_runs"`);
    await queryRunner.query(`DROP TABLE "insights"`);
  }
}
