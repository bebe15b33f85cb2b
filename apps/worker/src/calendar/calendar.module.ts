import { Module } from '@nestjs/common';
import { CalendarScanProcessor } from './calendar-scan.processor';
import { CalendarTransitionProcessor } from './calendar-transition.processor';

/** Google Calendar scans and the delayed jobs at meeting starts and ends. */
@Module({ providers: [CalendarScanProcessor, CalendarTransitionProcessor] })
export class CalendarModule {}
