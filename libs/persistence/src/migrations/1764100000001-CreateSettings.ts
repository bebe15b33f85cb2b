import type { MigrationInterface, QueryRunner } from 'typeorm';

const TIME_OF_DAY = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/**
 * The user's settings and the day's attention budget, as a single row with the product defaults:
 * balanced mode (budget 5, dated today in UTC, the default time zone), adaptive context window,
 * briefing 08:00, review 21:00, active hours 08:00–22:00.
 */
export class CreateSettings1764100000001 implements MigrationInterface {
  name = 'CreateSettings1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "settings" (
        "id" smallint NOT NULL DEFAULT 1,
        "interruption_mode" varchar(16) NOT NULL DEFAULT 'balanced',
        "context_window_strategy" varchar(16) NOT NULL DEFAULT 'adaptive',
        "timezone" varchar(64) NOT NULL DEFAULT 'UTC',
        "briefing_time" char(5) NOT NULL DEFAULT '08:00',
        "review_time" char(5) NOT NULL DEFAULT '21:00',
        "active_hours_start" char(5) NOT NULL DEFAULT '08:00',
        "active_hours_end" char(5) NOT NULL DEFAULT '22:00',
        "attention_budget_remaining" smallint NOT NULL DEFAULT 5,
        "attention_budget_date" date NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_settings" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_settings_single_row" CHECK ("id" = 1),
        CONSTRAINT "CHK_settings_interruption_mode"
          CHECK ("interruption_mode" IN ('focus', 'balanced', 'active')),
        CONSTRAINT "CHK_settings_context_window_strategy"
          CHECK ("context_window_strategy" IN ('fixed', 'adaptive')),
        CONSTRAINT "CHK_settings_timezone" CHECK ("timezone" <> ''),
        CONSTRAINT "CHK_settings_briefing_time" CHECK ("briefing_time" ~ ${TIME_OF_DAY}),
        CONSTRAINT "CHK_settings_review_time" CHECK ("review_time" ~ ${TIME_OF_DAY}),
        CONSTRAINT "CHK_settings_active_hours_start" CHECK ("active_hours_start" ~ ${TIME_OF_DAY}),
        CONSTRAINT "CHK_settings_active_hours_end" CHECK ("active_hours_end" ~ ${TIME_OF_DAY}),
        CONSTRAINT "CHK_settings_attention_budget_remaining"
          CHECK ("attention_budget_remaining" >= 0)
      )`);
    await queryRunner.query(
      `INSERT INTO "settings" ("id", "attention_budget_date")
       VALUES (1, (now() AT TIME ZONE 'UTC')::date)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "settings"`);
  }
}
