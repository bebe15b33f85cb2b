import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A cached Google Calendar event. Mirrors migration CreateAttention1764300000000. */
@Entity({ name: 'calendar_events' })
@Check('CHK_calendar_events_range', `"end_at" >= "start_at"`)
@Check('CHK_calendar_events_attendees', `"attendee_count" >= 0`)
export class CalendarEventEntity {
  /** Google's event id (instances of recurring events have their own). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_calendar_events' })
  id!: string;

  @Column({ type: 'text', default: '' })
  title!: string;

  @Index('IDX_calendar_events_start')
  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt!: Date;

  @Column({ name: 'end_at', type: 'timestamptz' })
  endAt!: Date;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'attendee_count', type: 'integer', default: 0 })
  attendeeCount!: number;

  @Column({ name: 'is_focus', type: 'boolean', default: false })
  isFocus!: boolean;

  @Column({ name: 'all_day', type: 'boolean', default: false })
  allDay!: boolean;

  @Column({ name: 'scanned_at', type: 'timestamptz', default: () => 'now()' })
  scannedAt!: Date;
}
