import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A booking at a version: what a re-enqueued job names. */
export interface BookingAtVersion {
  id: string;
  version: number;
}

/**
 * What the sweeper asks PostgreSQL about bookings whose job Redis may have lost: each read
 * returns the bookings a rule re-enqueues work for (at most 5,000 a pass, oldest first).
 */
@Injectable()
export class StuckBookingsRepository {
  constructor(private readonly ds: DataSource) {}

  /** ACCEPTED and untouched since `staleBefore`: the dispatch job is lost. */
  findStaleAccepted(staleBefore: Date): Promise<BookingAtVersion[]> {
    return this.ds.query(
      `SELECT id, version FROM booking WHERE status = 'ACCEPTED' AND updated_at < $1 ORDER BY updated_at LIMIT 5000`,
      [staleBefore],
    );
  }

  /** Still REQUESTED since `staleBefore`: the eligibility answer is pending. */
  findStaleRequested(staleBefore: Date): Promise<BookingAtVersion[]> {
    return this.ds.query(
      `SELECT id, version FROM booking WHERE status = 'REQUESTED' AND updated_at < $1 ORDER BY updated_at LIMIT 5000`,
      [staleBefore],
    );
  }
}
