import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Button } from 'react-aria-components';
import type { Session } from './auth';
import { call, client, type Schema } from './api/client';
import { useLoad } from './components';

export type Mobility = Schema<'MobilityNeeds'>;
export type Profile = Schema<'BeneficiaryView'>;
export type WardSummary = Schema<'BeneficiarySummary'>;
export type Place = Schema<'PlaceInput'>;

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
    (signal) =>
      p.role === 'GUARDIAN' ? call(client.GET('/beneficiaries/wards', { signal })) : Promise.resolve([]),
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
    (signal) =>
      chosen
        ? call(client.GET('/beneficiaries/{id}', { params: { path: { id: chosen } }, signal }))
        : Promise.resolve(null),
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
