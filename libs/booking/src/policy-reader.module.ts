import { Module } from '@nestjs/common';
import { PolicyReader } from './policy-reader';

/** One PolicyReader (and one cache) per process, shared by policies and bookings. */
@Module({ providers: [PolicyReader], exports: [PolicyReader] })
export class PolicyReaderModule {}
