import { Global, Module } from '@nestjs/common';
import { JobRegistry } from './job-registry';
import { OutboxRelay } from './outbox-relay';
import { SweepRegistry } from './sweep-registry';
import { WorkerRunner } from './worker-runner';

/** The dispatcher's engine: registries that feature modules fill, the relay and the workers. */
@Global()
@Module({
  providers: [JobRegistry, SweepRegistry, OutboxRelay, WorkerRunner],
  exports: [JobRegistry, SweepRegistry, OutboxRelay, WorkerRunner],
})
export class DispatcherCoreModule {}
