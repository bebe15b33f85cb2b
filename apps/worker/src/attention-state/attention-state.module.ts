import { Global, Module } from '@nestjs/common';
import { AttentionStateService } from './attention-state.service';
import { ChangeListener } from './change-listener';

/** User state and ambient state, recomputed on ticks, scans and data changes announced by the api. */
@Global()
@Module({ providers: [AttentionStateService, ChangeListener], exports: [AttentionStateService] })
export class AttentionStateModule {}
