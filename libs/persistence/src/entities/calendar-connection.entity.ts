import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type CalendarRowStatus = 'not_configured' | 'ok' | 'error';

/** The id of the one calendar connection row, inserted by its migration. */
export const CALENDAR_CONNECTION_ROW_ID = 1;

/**
 * The Google Calendar connection: the OAuth refresh token (AES-256-GCM ciphertext, never plain
 * text) and the last scan's outcome. Mirrors migration CreateAttention1764300000000.
 */
@Entity({ name: 'calendar_connection' })
@Check('CHK_calendar_connection_single_row', `"id" = 1`)
@Check('CHK_calendar_connection_status', `"status" IN ('not_configured', 'ok', 'error')`)
export class CalendarConnectionEntity {
  @PrimaryColumn({
    type: 'smallint',
    default: CALENDAR_CONNECTION_ROW_ID,
    primaryKeyConstraintName: 'PK_calendar_connection',
  })
  id!: number;

  @Column({ name: 'refresh_token_cipher', type: 'text', nullable: true })
  refreshTokenCipher!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'not_configured' })
  status!: CalendarRowStatus;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ name: 'last_scan_at', type: 'timestamptz', nullable: true })
  lastScanAt!: Date | null;

  @Column({ name: 'connected_at', type: 'timestamptz', nullable: true })
  connectedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
