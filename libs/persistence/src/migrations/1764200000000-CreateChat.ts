import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chat (PRODUCT §4): sessions, their messages (ordered by an identity `seq`, tool calls as jsonb,
 * a cached token count) and rolling "conversation so far" summaries keyed by message range.
 * Deleting a session deletes its messages and summaries.
 */
export class CreateChat1764200000000 implements MigrationInterface {
  name = 'CreateChat1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "chat_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_chat_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_chat_sessions_title_length"
          CHECK (char_length(btrim("title")) BETWEEN 1 AND 200)
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_chat_sessions_updated_at" ON "chat_sessions" ("updated_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "chat_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "seq" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
        "role" text NOT NULL,
        "content" text NOT NULL DEFAULT '',
        "tool_calls" jsonb,
        "tool_call_id" text,
        "tool_name" text,
        "input_tokens" integer,
        "output_tokens" integer,
        "timed_out" boolean NOT NULL DEFAULT false,
        "token_count" integer,
        "token_encoding" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_chat_messages" PRIMARY KEY ("id"),
        CONSTRAINT "FK_chat_messages_session" FOREIGN KEY ("session_id")
          REFERENCES "chat_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "CHK_chat_messages_role" CHECK ("role" IN ('user', 'assistant', 'tool'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_chat_messages_session_seq" ON "chat_messages" ("session_id", "seq")`,
    );
    await queryRunner.query(`
      CREATE TABLE "chat_summaries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "from_seq" integer NOT NULL,
        "to_seq" integer NOT NULL,
        "text" text NOT NULL,
        "model" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_chat_summaries" PRIMARY KEY ("id"),
        CONSTRAINT "FK_chat_summaries_session" FOREIGN KEY ("session_id")
          REFERENCES "chat_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_chat_summaries_range"
         ON "chat_summaries" ("session_id", "from_seq", "to_seq")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "chat_summaries"`);
    await queryRunner.query(`DROP TABLE "chat_messages"`);
    await queryRunner.query(`DROP TABLE "chat_sessions"`);
  }
}
