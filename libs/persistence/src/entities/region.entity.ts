import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** KATO classifier entry. Codes change with reforms (2018, 2022), so this is data, not code. */
@Entity('region')
export class RegionEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  katoCode: string;

  @Index()
  @Column({ type: 'char', length: 9, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parent?: RegionEntity | null;

  @Column({ type: 'text' })
  nameKk: string;

  @Column({ type: 'text' })
  nameRu: string;

  @Column({ type: 'text' })
  nameEn: string;
}
