import { Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Provides the one `Clock` of the app; feature modules import it (Nest shares the instance). */
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class ClockModule {}
