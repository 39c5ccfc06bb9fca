import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Button } from 'react-aria-components';
import type { Session } from './auth';
import { get } from './api';
import { useLoad } from './components';

export interface Mobility {
  wheelchair: 'NONE' | 'MANUAL' | 'ELECTRIC';
  needsRamp: boolean;
  needsLift: boolean;
  visual: boolean;
  hearing: boolean;
  intellectual: boolean;
  guideDog: boolean;
}

export interface Profile {
  id: string;
  fullName: string;
  phone: string | null;
  residence: { kato: string; address: string; lat: number; lon: number };
  mobility: Mobility;
  companionEntitled: boolean;
  suspendedUntil: string | null;
}

export interface WardSummary {
  id: string;
  fullName: string;
  residenceKato: string;
}

export interface Place {
  address: string;
  lat: number;
  lon: number;
  kato: string;
}

/** The region's root KATO code (the policy is per region): 711410000 -> 710000000. */
export const regionOf = (kato: string) => `${kato.slice(0, 2)}0000000`;

const RIDER_KEY = 'invataxi.rider';

/**
 * Whose ride: a beneficiary books for themselves; a guardian picks one of their wards (the
 * choice is remembered for the session).
 */
export function useRider(session: Session) {
  const p = session.principal;
  const wards = useLoad<WardSummary[]>(
    (s) => (p.role === 'GUARDIAN' ? get<WardSummary[]>('/beneficiaries/wards', s) : Promise.resolve([])),
    [p.userId],
  );
  const [chosen, setChosen] = useState<string | null>(
    p.role === 'BENEFICIARY' ? p.beneficiaryId : sessionStorage.getItem(RIDER_KEY),
  );
  useEffect(() => {
    if (p.role !== 'GUARDIAN' || !wards.data) return;
    if (!chosen || !wards.data.some((w) => w.id === chosen)) setChosen(wards.data[0]?.id ?? null);
  }, [wards.data, chosen, p.role]);
  const choose = (id: string) => {
    sessionStorage.setItem(RIDER_KEY, id);
    setChosen(id);
  };
  const profile = useLoad<Profile | null>(
    (s) => (chosen ? get<Profile>(`/beneficiaries/${chosen}`, s) : Promise.resolve(null)),
    [chosen],
  );
  return { wards, riderId: chosen, choose, profile };
}

export function WhoseRide(props: {
  session: Session;
  wards: WardSummary[] | undefined;
  riderId: string | null;
  onChoose: (id: string) => void;
  profileName?: string;
}) {
  const { t } = useTranslation();
  if (props.session.principal.role !== 'GUARDIAN') {
    return props.profileName ? (
      <p className="whose">
        {t('rider.forYou')}: <strong translate="no">{props.profileName}</strong>
      </p>
    ) : null;
  }
  if (props.wards && props.wards.length === 0) return <p className="notice">{t('rider.noWards')}</p>;
  return (
    <Select
      className="field"
      id="field-whose"
      selectedKey={props.riderId}
      onSelectionChange={(k) => k !== null && props.onChoose(String(k))}
    >
      <Label>{t('rider.whose')}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {(props.wards ?? []).map((w) => (
            <ListBoxItem key={w.id} id={w.id} className="option" textValue={w.fullName}>
              {w.fullName}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
