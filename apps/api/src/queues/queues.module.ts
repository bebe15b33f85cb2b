import { Global, Module } from '@nestjs/common';
import { JobQueues } from './job-queues.service';

@Global()
@Module({ providers: [JobQueues], exports: [JobQueues] })
export class JobQueuesModule {}
