import { Global, Module } from '@nestjs/common';
import { BroadcastListener } from './broadcast-listener';
import { Broadcaster } from './broadcaster';

@Global()
@Module({ providers: [Broadcaster, BroadcastListener], exports: [Broadcaster, BroadcastListener] })
export class BroadcastModule {}
