import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus, LocalDate } from '@invataxi/domain';
import { BookingEntity, BookingSeriesEntity } from '../entities';

/** Recurring series and the rides booked from them. */
@Injectable()
export class BookingSeriesRepository {
  constructor(private readonly ds: DataSource) {}

  /** Active series not yet booked up to the horizon, by id. */
  async activeSeriesBehind(horizon: LocalDate): Promise<string[]> {
    const rows = (await this.ds.query(
      `SELECT id FROM booking_series
        WHERE status = 'ACTIVE' AND (materialised_until IS NULL OR materialised_until < $1)
        ORDER BY id`,
      [horizon],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * The series, locked for booking its occurrences; null when another worker holds it
   * (SKIP LOCKED: two workers never book the same series at once) or it is gone.
   */
  lockUnlessBusy(m: EntityManager, seriesId: string): Promise<BookingSeriesEntity | null> {
    return m
      .getRepository(BookingSeriesEntity)
      .createQueryBuilder('s')
      .where('s.id = :id', { id: seriesId })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  /** Whether the occurrence of that date is already booked (its outward ride). */
  async occurrenceBooked(m: EntityManager, seriesId: string, date: LocalDate): Promise<boolean> {
    const rows = (await m.query(
      'SELECT 1 FROM booking WHERE series_id = $1 AND series_date = $2 AND return_of_booking_id IS NULL LIMIT 1',
      [seriesId, date],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The series' rides from that date on in these statuses, by date. */
  ridesFrom(
    m: EntityManager,
    seriesId: string,
    fromDate: LocalDate,
    statuses: readonly BookingStatus[],
  ): Promise<BookingEntity[]> {
    return m
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where('b.series_id = :sid AND b.series_date >= :d AND b.status IN (:...st)', {
        sid: seriesId,
        d: fromDate,
        st: statuses,
      })
      .orderBy('b.series_date', 'ASC')
      .getMany();
  }
}
