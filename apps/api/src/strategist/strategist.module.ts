import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { StrategistController } from './strategist.controller';
import { StrategistService } from './strategist.service';

/** `POST /api/strategist/run`: a manual strategist tick (the queues come from the global JobQueuesModule). */
@Module({
  imports: [ClockModule],
  controllers: [StrategistController],
  providers: [StrategistService],
})
export class StrategistModule {}
